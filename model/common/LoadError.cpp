// The text of a LoadError for people (file, CAB member, message) and its stable machine key.
#include "LoadError.h"

#include <QFileInfo>

namespace ctlv {

QString LoadError::toString() const {
    QString where = file;
    if (!member.isEmpty())
        where += QStringLiteral(" \u25b8 ") + member;
    if (where.isEmpty())
        return message;
    return where + QStringLiteral(": ") + message;
}

QString LoadError::codeKey() const {
    switch (code) {
    case Code::Unreadable:
        return QStringLiteral("unreadable");
    case Code::NotAFile:
        return QStringLiteral("not-a-file");
    case Code::Empty:
        return QStringLiteral("empty");
    case Code::TooLarge:
        return QStringLiteral("too-large");
    case Code::Truncated:
        return QStringLiteral("truncated");
    case Code::MalformedDer:
        return QStringLiteral("malformed-der");
    case Code::NotSignedData:
        return QStringLiteral("not-signed-data");
    case Code::NotACtl:
        return QStringLiteral("not-a-ctl");
    case Code::Certificate:
        return QStringLiteral("certificate");
    case Code::ThreeDModel:
        return QStringLiteral("3d-model");
    case Code::SerializedStore:
        return QStringLiteral("serialized-store");
    case Code::HtmlPage:
        return QStringLiteral("html-page");
    case Code::TextFile:
        return QStringLiteral("text-file");
    case Code::PemNotCtl:
        return QStringLiteral("pem-not-ctl");
    case Code::BadBase64:
        return QStringLiteral("bad-base64");
    case Code::CabError:
        return QStringLiteral("cab-error");
    case Code::CabWithoutCtl:
        return QStringLiteral("cab-without-ctl");
    case Code::OutputIsInput:
        return QStringLiteral("output-is-input");
    case Code::Unwritable:
        return QStringLiteral("unwritable");
    case Code::MalformedCertificateSource:
        return QStringLiteral("malformed-certificate-source");
    case Code::NothingToExport:
        return QStringLiteral("nothing-to-export");
    case Code::Unrecognised:
        break;
    }
    return QStringLiteral("unrecognised");
}

} // namespace ctlv
