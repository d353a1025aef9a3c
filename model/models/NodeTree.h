#pragma once
// Index arithmetic shared by the tree models whose nodes hang under an invisible root, own their
// children (std::vector<std::unique_ptr<Node>>) and know their parent and row. createIndex() is
// protected in QAbstractItemModel, so the model passes it in.

#include <QAbstractItemModel>

namespace ctlv::nodetree {

template <class Node, class CreateIndex>
QModelIndex index(const QAbstractItemModel &model, const Node *root, int row, int column,
                  const QModelIndex &parent, CreateIndex createIndex) {
    if (!model.hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : root;
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

template <class Node, class CreateIndex>
QModelIndex parent(const Node *root, const QModelIndex &child, CreateIndex createIndex) {
    const Node *node = child.isValid() ? static_cast<const Node *>(child.internalPointer()) : nullptr;
    if (!node || !node->parent || node->parent == root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

template <class Node> int rowCount(const Node *root, const QModelIndex &parent) {
    if (!parent.isValid())
        return static_cast<int>(root->children.size());
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(static_cast<const Node *>(parent.internalPointer())->children.size());
}

} // namespace ctlv::nodetree
