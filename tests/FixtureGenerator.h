#pragma once
// The synthetic-list generator (tests/fixturegen/ctlfixture) as the tests run it: one root, written
// once into a temporary folder, signs every list of a test run, so that all of them chain to it.

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

class FixtureGenerator {
public:
    FixtureGenerator(QString program, const QString &folder)
        : m_program(std::move(program)), m_folder(folder),
          m_rootPem(m_folder.filePath(QStringLiteral("root.pem"))),
          m_rootKey(m_folder.filePath(QStringLiteral("root.key"))) {}

    // Writes root.pem and root.key (with a first list, seed.stl); false when the generator failed.
    bool writeRoot() const {
        return run({QStringLiteral("--out"), m_folder.filePath(QStringLiteral("seed.stl")),
                    QStringLiteral("--write-root"), m_rootPem, QStringLiteral("--write-root-key"),
                    m_rootKey});
    }

    // Writes NAME.stl with `options`, signed under the root; its path, or empty when the generator failed.
    QString list(const QString &name, const QStringList &options) const {
        const QString out = m_folder.filePath(name + QStringLiteral(".stl"));
        const bool written = run(QStringList{QStringLiteral("--out"), out, QStringLiteral("--root-key-in"),
                                             m_rootKey, QStringLiteral("--root-cert-in"), m_rootPem} +
                                 options);
        return written ? out : QString();
    }

    // Writes NAME.cat, a security catalog (ctlfixture --catalog) with `options`, signed under the root; its
    // path, or empty when the generator failed. Members: --member pe|flat:sha1|sha256:HEX:NAME or
    // --member-file PATH (see ctlfixture --help).
    QString catalog(const QString &name, const QStringList &options) const {
        const QString out = m_folder.filePath(name + QStringLiteral(".cat"));
        const bool written = run(QStringList{QStringLiteral("--out"), out, QStringLiteral("--catalog"),
                                             QStringLiteral("--root-key-in"), m_rootKey,
                                             QStringLiteral("--root-cert-in"), m_rootPem} +
                                 options);
        return written ? out : QString();
    }

    const QString &rootPem() const { return m_rootPem; }

private:
    bool run(const QStringList &arguments) const {
        QProcess generator;
        generator.start(m_program, arguments);
        if (!generator.waitForFinished(120000) || generator.exitStatus() != QProcess::NormalExit ||
            generator.exitCode() != 0) {
            qWarning() << "ctlfixture failed:" << generator.readAllStandardError();
            return false;
        }
        return true;
    }

    QString m_program;
    QDir m_folder;
    QString m_rootPem;
    QString m_rootKey;
};
