#pragma once
// The columns, item roles and node kinds of every item model in model/models/, in one place, so the
// viewer and the tests name them the same way. Models only present the core's values: status and
// severity are semantic values (ints of the enums below), never colours or icons.

#include "EntryStatus.h"

#include <QString>
#include <Qt>

namespace ctlv {

/// Custom item data roles shared by the models (each model documents which ones it answers).
enum ModelRole : int {
    SortRole = Qt::UserRole + 1, ///< what to sort on: QDateTime, int or text; never formatted dates
    StatusRole,                  ///< int(EntryStatus), on every column of an entry row
    EntryIndexRole,              ///< int, index in CtlDocument::entries
    SearchTextRole,              ///< QString, lowercase text of the whole row for filtering
    SeverityRole,                ///< int(Severity)
    CodeRole,                    ///< QString, Finding::code
    ExplanationRole,             ///< QString, Finding::explanation
    CosmeticRole,                ///< bool, Finding::cosmetic
    NodeKindRole, ///< int of the model's node kind enum (DocumentNodeKind, ChainNodeKind, DetailNodeKind)
    DocumentIndexRole,    ///< int, which document of the opened file
    SignerIndexRole,      ///< int, index in CtlDocument::signers
    CertificateIndexRole, ///< int, index in CtlDocument::certificates (-1: not from the file)
    ExtensionIndexRole,   ///< int, index in CtlDocument::extensions
    RawValueRole, ///< QString, the unformatted value for copying (hex without separators, ISO 8601 date)
    CertificateMatchRole, ///< int(CertificateMatch) of an entry linked to certificates; invalid when unlinked
};

/// Columns of EntryTableModel.
namespace EntryColumn {
enum Column : int {
    FriendlyName,
    Identifier, ///< SHA-1 hex, or the DNS name for pin rules
    Sha256,
    Ekus, ///< labels joined; the OIDs are in the tooltip
    DisabledFrom,
    DisabledEkus,
    NotBefore,
    NotBeforeEkus,
    EvPolicies,
    Status,
    ColumnCount, ///< without certificates linked; with them (EntryTableModel::setCertificateLinks) also:
    CertificateSubject = ColumnCount,
    CertificateNotAfter,
    CertificateKey,
    Certificate, ///< linked, missing or SHA-256 mismatch (CertificateMatchRole)
    LinkedColumnCount
};
} // namespace EntryColumn

/// Columns of CertificateTableModel.
namespace CertificateColumn {
enum Column : int { Subject, Issuer, NotAfter, Sha1, Key, ColumnCount };
} // namespace CertificateColumn

/// Columns of FindingsModel.
namespace FindingColumn {
enum Column : int { Severity, Title, Cosmetic, ColumnCount };
} // namespace FindingColumn

/// Columns of ChainTreeModel.
namespace ChainColumn {
enum Column : int { Name, Origin, Problems, Validity, Purposes, ColumnCount };
} // namespace ChainColumn

/// Columns of DetailModel.
namespace DetailColumn {
enum Column : int { Field, Value, ColumnCount };
} // namespace DetailColumn

/// Node kinds of DocumentTreeModel (NodeKindRole).
enum class DocumentNodeKind {
    File,
    Member,
    List,
    General,
    Signers,
    Signer,
    Certificate,
    Entries,
    Extensions,
    Extension,
    Findings,
    Unlisted ///< certificates of the linked sources that the list does not name
};

/// Node kinds of ChainTreeModel (NodeKindRole).
enum class ChainNodeKind { Signer, Element, MissingIssuer };

/// Node kinds of DetailModel (NodeKindRole).
enum class DetailNodeKind { Section, Field };

} // namespace ctlv
