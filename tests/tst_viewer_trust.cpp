// The viewer's effective trust (issue #15): the As of / purpose / Windows controls change the Status
// column of the real 2025 list to the counts an independent reading gives (tests/trust/trust_counts.py
// over `openssl asn1parse`), the status filter, the detail pane's per-purpose table, the certificate check
// panel on a real chain (the list's own signer chain, taken out with `openssl pkcs7 -print_certs`), the
// item models under QAbstractItemModelTester; and screenshots of these states in build/tests/screenshots.
#include "CertificateSources.h"
#include "CheckPanel.h"
#include "DocumentView.h"
#include "EntryTableModel.h"
#include "MainWindow.h"
#include "Roles.h"
#include "TrustControls.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ctlv;

namespace {

const QString stl2025 = QStringLiteral(CTL_TEST_DATA_DIR "/real/authroot_2025-06-16_sha256_listca2011.stl");
const QString root2010Anchor = QStringLiteral(
    CTL_TEST_DATA_DIR "/real/anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt");
const char ServerAuth[] = "1.3.6.1.5.5.7.3.1";
const char CodeSigning[] = "1.3.6.1.5.5.7.3.3";
const char Root2010Sha1[] = "3b1efd3a66ea28b16697394703a72ca340a05bd5";
const char Root2001Sha1[] = "cdd4eeae6000ac7f40c3802c171e30148030c072";
// Amazon Root CA 4: property 9 grants server authentication and code signing, property 126 with 127
// {codeSigning} restricts code signing only (tst_trust, read by trust_counts.py).
const char Amazon4Sha1[] = "f6108407d6f8bb67980cc2e244c2ebae1cef63be";

// The independent reading: counts per status key, and the status of the SHA-1s asked about.
QJsonObject pythonCounts(const QString &purpose, const QString &day, const QString &windows,
                         const QStringList &sha1s = {}) {
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList{QStringLiteral(CTL_TEST_SOURCE_DIR "/trust/trust_counts.py"), stl2025, purpose,
                             day, windows} +
                     sha1s);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void screenshot(QWidget *widget, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Status keys of the rows the table shows, counted.
QMap<QString, int> shownStatuses(const DocumentView *view) {
    QMap<QString, int> counts;
    const QAbstractItemModel *model = view->entryTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ++counts[model->index(row, EntryColumn::Status).data(RawValueRole).toString()];
    return counts;
}

void choose(QComboBox *box, const QVariant &data) {
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

class TestViewerTrust : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    DocumentView *open(MainWindow &window) {
        window.resize(1500, 900);
        window.show();
        window.openFiles({stl2025});
        if (!QTest::qWaitFor([&] { return !window.isLoading(); }, 30000))
            return nullptr;
        return window.currentView();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewer_trust"));
        QVERIFY(m_dir.isValid());
    }

    void statusColumnFirst() {
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        // Issue #18 "Status visible first": the first column shown is the Status column.
        QCOMPARE(view->entryTable()->horizontalHeader()->logicalIndex(0), int(EntryColumn::Status));
        const QModelIndex first = view->entryTable()->model()->index(0, EntryColumn::Status);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(first.data(StatusRole).isValid());                  // the delegate's icon
        QVERIFY(!first.data(Qt::ToolTipRole).toString().isEmpty()); // the reason
        // Default: as of today, every purpose, Windows 10/11.
        QCOMPARE(view->trustControls()->dateEdit()->date(), QDateTime::currentDateTimeUtc().date());
        QCOMPARE(view->trustControls()->purposeBox()->currentData().toString(), QString());
        // The purposes the list uses are offered, the well-known first.
        QComboBox *purposes = view->trustControls()->purposeBox();
        QVERIFY(purposes->findData(QLatin1String(ServerAuth)) == 1);
        QVERIFY(purposes->findData(QLatin1String(CodeSigning)) == 2);
    }

    // The controls against the independent reading, at a fixed date, for two purposes and both Windows.
    void controlsChangeTheStatusColumn_data() {
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("windows");
        QTest::newRow("server-auth 2025-06-16 win10")
            << QString::fromLatin1(ServerAuth) << QStringLiteral("2025-06-16") << QStringLiteral("10");
        QTest::newRow("code-signing 2025-06-16 win10")
            << QString::fromLatin1(CodeSigning) << QStringLiteral("2025-06-16") << QStringLiteral("10");
        QTest::newRow("server-auth 2019-01-01 win10")
            << QString::fromLatin1(ServerAuth) << QStringLiteral("2019-01-01") << QStringLiteral("10");
        QTest::newRow("server-auth 2025-06-16 win7")
            << QString::fromLatin1(ServerAuth) << QStringLiteral("2025-06-16") << QStringLiteral("7");
        QTest::newRow("any 2025-06-16 win10")
            << QString() << QStringLiteral("2025-06-16") << QStringLiteral("10");
    }
    void controlsChangeTheStatusColumn() {
        QFETCH(QString, purpose);
        QFETCH(QString, day);
        QFETCH(QString, windows);
        const QJsonObject expected =
            pythonCounts(purpose.isEmpty() ? QStringLiteral("any") : purpose, day, windows)
                .value(QLatin1String("counts"))
                .toObject();
        QVERIFY(!expected.isEmpty());
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->entryTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(view->entryModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrustControls *controls = view->trustControls();
        controls->dateEdit()->setDate(QDate::fromString(day, Qt::ISODate));
        choose(controls->purposeBox(), purpose);
        choose(controls->windowsBox(), int(windows == QLatin1String("7") ? WindowsGeneration::Windows7
                                                                         : WindowsGeneration::Windows10));
        const QMap<QString, int> shown = shownStatuses(view);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            QCOMPARE(shown.value(it.key()), it.value().toInt());
        // The header line: "514 of 514 entries" and the counts of the statuses present.
        QCOMPARE(view->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        const int trusted = expected.value(QStringLiteral("trusted")).toInt();
        QVERIFY2(view->trustCountLabel()->text().contains(QStringLiteral("%1 Trusted").arg(trusted)),
                 qPrintable(view->trustCountLabel()->text()));
        if (purpose == QLatin1String(CodeSigning) && windows == QLatin1String("10"))
            screenshot(&window, QStringLiteral("16-trust-code-signing"));
    }

    void statusFilter() {
        const QJsonObject expected =
            pythonCounts(QLatin1String(ServerAuth), QStringLiteral("2025-06-16"), QStringLiteral("10"))
                .value(QLatin1String("counts"))
                .toObject();
        QVERIFY(!expected.isEmpty());
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->entryTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrustControls *controls = view->trustControls();
        controls->dateEdit()->setDate(QDate(2025, 6, 16));
        choose(controls->purposeBox(), QLatin1String(ServerAuth));
        QComboBox *show = controls->statusBox();
        // "Not trusted": every status but trusted.
        show->setCurrentIndex(show->findText(QStringLiteral("Not trusted")));
        const int notTrusted = 514 - expected.value(QStringLiteral("trusted")).toInt();
        QCOMPARE(view->entryTable()->model()->rowCount(), notTrusted);
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 of 514 entries").arg(notTrusted));
        QVERIFY(!shownStatuses(view).contains(QStringLiteral("trusted")));
        screenshot(&window, QStringLiteral("17-trust-not-trusted-filter"));
        // Each status alone.
        for (const TrustStatus status : allTrustStatuses) {
            choose(show, int(status));
            QCOMPARE(view->entryTable()->model()->rowCount(), expected.value(trustStatusKey(status)).toInt());
        }
        // With a text filter on top: the 2001 root alone, and only when its status is the one shown.
        const QString root2001 = pythonCounts(QLatin1String(ServerAuth), QStringLiteral("2025-06-16"),
                                              QStringLiteral("10"), {QLatin1String(Root2001Sha1)})
                                     .value(QLatin1String("entries"))
                                     .toObject()
                                     .value(QLatin1String(Root2001Sha1))
                                     .toString();
        QVERIFY(!root2001.isEmpty());
        QTest::keyClicks(view->filterEdit(), QLatin1String(Root2001Sha1));
        for (const TrustStatus status : allTrustStatuses) {
            choose(show, int(status));
            QCOMPARE(view->entryTable()->model()->rowCount(), trustStatusKey(status) == root2001 ? 1 : 0);
        }
    }

    void detailPanePerPurpose() {
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        TrustControls *controls = view->trustControls();
        controls->dateEdit()->setDate(QDate(2025, 6, 16));
        const QJsonObject server = pythonCounts(QLatin1String(ServerAuth), QStringLiteral("2025-06-16"),
                                                QStringLiteral("10"), {QLatin1String(Amazon4Sha1)});
        const QJsonObject code = pythonCounts(QLatin1String(CodeSigning), QStringLiteral("2025-06-16"),
                                              QStringLiteral("10"), {QLatin1String(Amazon4Sha1)});
        QTest::keyClicks(view->filterEdit(), QLatin1String(Amazon4Sha1));
        QCOMPARE(view->entryTable()->model()->rowCount(), 1);
        view->selectEntryRow(0);
        QAbstractItemModel *detail = view->detailView()->model();
        QAbstractItemModelTester tester(detail, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The section right after Identity, one row for the entry as a whole and one per purpose.
        QModelIndex section;
        for (int row = 0; row < detail->rowCount(); ++row)
            if (detail->index(row, 0).data().toString().startsWith(QLatin1String("Effective trust")))
                section = detail->index(row, 0);
        QVERIFY(section.isValid());
        QCOMPARE(section.row(), 1);
        QMap<QString, QString> byPurpose; // label -> raw status key
        for (int row = 0; row < detail->rowCount(section); ++row)
            byPurpose[detail->index(row, 0, section).data().toString()] =
                detail->index(row, 1, section).data(RawValueRole).toString();
        QVERIFY2(byPurpose.contains(QStringLiteral("Any purpose")),
                 qPrintable(byPurpose.keys().join(QLatin1Char(','))));
        QCOMPARE(
            byPurpose.value(QStringLiteral("Server Authentication")),
            server.value(QLatin1String("entries")).toObject().value(QLatin1String(Amazon4Sha1)).toString());
        QCOMPARE(
            byPurpose.value(QStringLiteral("Code Signing")),
            code.value(QLatin1String("entries")).toObject().value(QLatin1String(Amazon4Sha1)).toString());
        screenshot(&window, QStringLiteral("18-trust-detail-per-purpose"));
    }

    // A disallowed list open in another tab is handed to the authroot tab; the 2019 disallowed list names
    // none of the 2025 list's roots (Microsoft removes a root it disallows), so the counts stay those of
    // the independent reading: no false "disallowed".
    void disallowedListInAnotherTab() {
        const QJsonObject expected =
            pythonCounts(QStringLiteral("any"), QStringLiteral("2025-06-16"), QStringLiteral("10"))
                .value(QLatin1String("counts"))
                .toObject();
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        view->trustControls()->dateEdit()->setDate(QDate(2025, 6, 16));
        window.openFiles(
            {QStringLiteral(CTL_TEST_DATA_DIR "/real/disallowedcert_2019-08-13_sha1_nested-sha256.stl")});
        QVERIFY(QTest::qWaitFor([&] { return !window.isLoading(); }, 30000));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(shownStatuses(window.documentView(1)).value(QStringLiteral("disallowed")), 72);
        const QMap<QString, int> shown = shownStatuses(view);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            QCOMPARE(shown.value(it.key()), it.value().toInt());
    }

    // Purpose, date and Windows are questions about roots: a disallowed list and a catalog have one status
    // each, so the controls and the per-status counts are not shown; a catalog member is "In the catalog",
    // never "Trusted" (FACTS.json: ftdibus.cat lists 9 members).
    void noRootQuestionsForOtherLists() {
        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        QVERIFY(view->trustControls()->isVisible());
        window.openFiles(
            {QStringLiteral(CTL_TEST_DATA_DIR "/real/disallowedcert_2019-08-13_sha1_nested-sha256.stl"),
             QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/ftdi-cdm-2.12.04/ftdibus.cat")});
        QVERIFY(QTest::qWaitFor([&] { return !window.isLoading(); }, 30000));
        QCOMPARE(window.tabs()->count(), 3);
        for (int tab : {1, 2}) {
            DocumentView *other = window.documentView(tab);
            window.tabs()->setCurrentIndex(tab);
            QVERIFY(other->trustControls()->isHidden());
        }
        const QAbstractItemModel *members = window.documentView(2)->entryTable()->model();
        QCOMPARE(members->rowCount(), 9);
        for (int row = 0; row < members->rowCount(); ++row)
            QCOMPARE(members->index(row, EntryColumn::Status).data().toString(),
                     QStringLiteral("In the catalog"));
        // Columns a catalog's members never fill (purposes, dates) are hidden.
        QVERIFY(window.documentView(2)->entryTable()->horizontalHeader()->isSectionHidden(
            EntryColumn::DisabledFrom));
    }

    // A real chain: the list's own signer (an end entity, CA:FALSE, Root List Signer only; valid
    // 2024-09-12 to 2025-09-11 per `openssl x509 -dates`), its issuing CA, and the 2010 root, which the
    // list names. Dropped onto the list it is checked, not linked.
    void checkPanelOnARealChain() {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                       QStringLiteral("-in"), stl2025, QStringLiteral("-print_certs")});
        QVERIFY(openssl.waitForFinished(30000));
        QByteArray chain = openssl.readAllStandardOutput();
        QVERIFY(chain.count("BEGIN CERTIFICATE") == 2);
        QFile anchor(root2010Anchor);
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        chain += anchor.readAll();
        const QString chainPath = m_dir.filePath(QStringLiteral("signer-chain.pem"));
        QFile out(chainPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(chain);
        out.close();
        const QJsonObject root = pythonCounts(QStringLiteral("any"), QStringLiteral("2025-06-16"),
                                              QStringLiteral("10"), {QLatin1String(Root2010Sha1)});
        const auto source = CertificateSources::read(chainPath);
        QVERIFY(source);
        QCOMPARE(int(source.value().certificates.size()), 3);
        QVERIFY(CheckPanel::isCheckable(source.value())); // the drop rule: a leaf first
        const bool rootTrusted =
            root.value(QLatin1String("entries")).toObject().value(QLatin1String(Root2010Sha1)).toString() ==
            QLatin1String("trusted");

        MainWindow window;
        DocumentView *view = open(window);
        QVERIFY(view);
        view->trustControls()->dateEdit()->setDate(QDate(2025, 6, 16)); // within the signer's validity
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(chainPath)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.tabs()->count(), 1);    // nothing opened
        QVERIFY(!view->isAddingCertificates()); // nothing linked
        CheckPanel *panel = view->checkPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(rootTrusted); // the independent reading: the 2010 root has no restriction then
        QCOMPARE(panel->sentence(),
                 QStringLiteral("Windows 10/11 would trust this chain for any purpose on 2025-06-16: yes."));
        QVERIFY(panel->evidence().contains(QLatin1String("Microsoft Certificate Trust List Publisher")));
        QVERIFY(panel->evidence().contains(QLatin1String(Root2010Sha1)));
        // The matching root entry is selected.
        const QModelIndex current = view->entryTable()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(EntryColumn::Identifier).data().toString(),
                 QLatin1String(Root2010Sha1));
        screenshot(&window, QStringLiteral("19-trust-check-panel"));

        // For server authentication the signer's extended key usage (Root List Signer only) says no.
        choose(view->trustControls()->purposeBox(), QLatin1String(ServerAuth));
        QApplication::sendEvent(&window, &enter);
        QApplication::sendEvent(&window, &drop);
        QVERIFY2(panel->sentence().contains(QLatin1String(": no, because")), qPrintable(panel->sentence()));
        // After the signer's notAfter (2025-09-11) it is no longer valid: no, for any purpose.
        choose(view->trustControls()->purposeBox(), QString());
        view->trustControls()->dateEdit()->setDate(QDate(2025, 10, 1));
        QApplication::sendEvent(&window, &enter);
        QApplication::sendEvent(&window, &drop);
        QVERIFY2(panel->sentence().contains(QLatin1String("is not valid on that date")),
                 qPrintable(panel->sentence()));

        // Tools > Check a certificate... on a file that holds no certificate: the panel says so, naming it.
        const QString junk = m_dir.filePath(QStringLiteral("not-a-certificate.pem"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        junkFile.close();
        window.checkCertificate(junk);
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->sentence().contains(QLatin1String("not-a-certificate.pem")),
                 qPrintable(panel->sentence()));
        QVERIFY(panel->sentence().endsWith(QLatin1String("could not be checked.")));

        // A root (a CA certificate) dropped onto the list is linked, as before, not checked.
        panel->hide();
        mime.setUrls({QUrl::fromLocalFile(root2010Anchor)});
        QApplication::sendEvent(&window, &enter);
        QDropEvent dropRoot(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropRoot);
        QVERIFY(!panel->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return !view->isAddingCertificates(); }, 30000));
        QVERIFY(view->certificateLinks());
    }
};

QTEST_MAIN(TestViewerTrust)
#include "tst_viewer_trust.moc"
