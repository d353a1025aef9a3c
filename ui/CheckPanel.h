#pragma once
// The answer to "would Windows trust this certificate?" (Tools ▸ Check a certificate…, or an end-entity
// certificate or chain dropped onto a list): one sentence, then the evidence (the chain with its dates,
// the list's entry, the rules that decided, the dates compared), above the entries table. The answer
// comes from the engine (checkCertificate); this panel only words it.

#include "CertificateCheck.h"

#include <QFrame>
#include <QPageSize>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace ctlv {

class CheckPanel : public QFrame {
    Q_OBJECT
public:
    explicit CheckPanel(QWidget *parent = nullptr);

    // Shows the result of checking `file` against `list` (the list the result's rootEntry indexes) and,
    // when the check used one, `disallowed` (which the exported report names, as `ctltool check
    // --disallowed LIST --pdf` does).
    void showResult(const CertificateCheckResult &result, const CtlDocument &list, const QString &file,
                    std::shared_ptr<const CtlDocument> disallowed = nullptr);
    // Shows why the certificate could not be checked (an unreadable file), naming it.
    void showProblem(const QString &file, const QString &problem);

    // Writes the result shown as a PDF report (CheckReport; atomic, never over the certificate or the
    // list); an error when no result is shown. Its Export report… button passes the paper of the
    // viewer's other PDF exports (exportPageSize()).
    Expected<void> exportReport(const QString &path, QPageSize::PageSizeId pageSize) const;

    // The one sentence, and the evidence (plain text), as shown.
    QString sentence() const;
    QString evidence() const;

    // The sentence for a result: "Windows 10/11 would trust this chain for Server Authentication on
    // 2026-11-26: yes." or "...: no, because ...". Also the chain's own problems in words.
    static QString sentenceFor(const CertificateCheckResult &result);
    // The reasons of a result as one line: the chain's own problems, then the list's rules (as
    // `ctltool check --json` gives them in "reason").
    static QString reasonFor(const CertificateCheckResult &result);

    // The drop rule: a file dropped onto a list is checked, not linked, when it holds certificates as a
    // single certificate, a PEM bundle or a PKCS #7 bag (never a store, a registry export or a folder)
    // and its first certificate is an end entity (no basicConstraints cA=TRUE): a certificate or a chain
    // that starts at a leaf. Roots, CA certificates and stores are linked as before. Only files up to
    // MaxCheckSize are read to decide.
    static bool isCheckable(const CertificateSourceData &source);
    static constexpr qint64 MaxCheckSize = 1024 * 1024;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_evidence = nullptr;
    QPushButton *m_export = nullptr;
    // What the report is made of: the result shown, the list (a copy: it shares the list's bytes), the
    // disallowed list the check used (null: none) and the file checked.
    std::optional<CertificateCheckResult> m_result;
    std::optional<CtlDocument> m_list;
    std::shared_ptr<const CtlDocument> m_disallowed;
    QString m_file;
};

} // namespace ctlv
