// ctlviewer's command line where there is no display (ssh, a package build, a script): --help and
// --version answer, and a mistake is one line on stderr with exit code 2, as ctltool does (issue 20).
// The viewer runs with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset: had it created its
// QApplication first, it would abort for want of a display.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runViewer(const QStringList &arguments) {
    QProcess viewer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    viewer.setProcessEnvironment(environment);
    viewer.start(QStringLiteral(CTLVIEWER_PATH), arguments);
    Run run;
    if (!viewer.waitForFinished(30000)) {
        viewer.kill();
        viewer.waitForFinished();
        return run;
    }
    run.exitCode = viewer.exitStatus() == QProcess::NormalExit ? viewer.exitCode() : -2;
    run.out = QString::fromUtf8(viewer.readAllStandardOutput());
    run.err = QString::fromUtf8(viewer.readAllStandardError());
    return run;
}

} // namespace

class TestViewerCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void help() {
        const Run run = runViewer({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--trust <FILE>", "--accept-eku <OID>", "--no-system-trust",
                                   "--lang <CODE>", "--version", "--compare"})
            QVERIFY2(run.out.contains(QLatin1String(option)), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void version() {
        const Run run = runViewer({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("ctlviewer " CTLVIEWER_VERSION "\n"));
    }

    void optionErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")}
                                        << QStringLiteral("ctlviewer: Unknown option 'bogus'.\n");
        QTest::newRow("--trust without a value")
            << QStringList{QStringLiteral("--trust")}
            << QStringLiteral("ctlviewer: Missing value after '--trust'.\n");
        QTest::newRow("--trust of a missing file")
            << QStringList{QStringLiteral("--trust"), QStringLiteral("/nonexistent/root.pem")}
            << QStringLiteral("ctlviewer: --trust /nonexistent/root.pem: not a readable file\n");
        // A device is refused before anything opens it (issue 13: /dev/zero would be read without end).
        QTest::newRow("--trust of a device")
            << QStringList{QStringLiteral("--trust"), QStringLiteral("/dev/zero")}
            << QStringLiteral("ctlviewer: --trust /dev/zero: not a readable file\n");
        QTest::newRow("invalid OID") << QStringList{QStringLiteral("--accept-eku"), QStringLiteral("1.3.6.x")}
                                     << QStringLiteral("ctlviewer: --accept-eku 1.3.6.x: not an OID in "
                                                       "dotted form such as 1.3.6.1.4.1.311.10.3.1\n");
        QTest::newRow("--compare with one file")
            << QStringList{QStringLiteral("--compare")}
            << QStringLiteral("ctlviewer: --compare needs two files, the old list and the new one\n");
        QTest::newRow("--accept-eku without a value")
            << QStringList{QStringLiteral("--accept-eku")}
            << QStringLiteral("ctlviewer: Missing value after '--accept-eku'.\n");
    }

    void optionErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runViewer(QStringList{QStringLiteral("some.stl")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, message);
        QVERIFY(run.out.isEmpty());
    }

    void validOptionsThenNeedADisplay() {
        // Good options pass the command line; only then is the window system needed, and here there is
        // none: the process fails, but not with exit code 2 and not on the options.
        QVERIFY(m_dir.isValid());
        QFile root(m_dir.filePath(QStringLiteral("root.pem")));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.close();
        const Run run =
            runViewer({QStringLiteral("--trust"), root.fileName(), QStringLiteral("--accept-eku"),
                       QStringLiteral("1.3.6.1.4.1.311.10.3.1"), QStringLiteral("--no-system-trust")});
        QVERIFY(run.exitCode != 0 && run.exitCode != 2);
        QVERIFY2(!run.err.contains(QLatin1String("ctlviewer:")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestViewerCli)
#include "tst_viewer_cli.moc"
