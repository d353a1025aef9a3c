#pragma once
// The typed error of reading a file: what was wrong, in which file (and CAB member), and where.

#include <QString>

#include <utility>
#include <variant>

namespace ctlv {

struct LoadError {
    enum class Code {
        Unreadable, // the file could not be opened or read
        NotAFile,   // a folder, named pipe, socket or device: refused before it is opened
        Empty,
        TooLarge,
        Truncated,
        MalformedDer,
        NotSignedData,   // DER, but not a PKCS#7 SignedData
        NotACtl,         // PKCS#7 SignedData with another content type
        Certificate,     // an X.509 certificate rather than a list
        ThreeDModel,     // an STL mesh (ASCII "solid" or binary triangles)
        SerializedStore, // a Windows .sst serialized certificate store
        HtmlPage,        // what a proxy or captive portal returns instead of the CAB
        TextFile,
        PemNotCtl,     // a PEM block of another type
        BadBase64,     // PEM or base64 text with a character base64 does not use, or cut short
        CabError,      // the CAB could not be read
        CabWithoutCtl, // a readable CAB without any CTL member
        Unrecognised,
        // A certificate source (.sst, registry export, PEM bundle, PKCS #7 bag) that is damaged.
        MalformedCertificateSource,
        // Exports (ExportTarget): the output would replace the input, or it cannot be written.
        OutputIsInput,
        Unwritable,
    };

    Code code = Code::Unrecognised;
    QString file;
    QString member;     // CAB member concerned, if any
    qint64 offset = -1; // byte offset of the problem, -1 when not about a position
    QString message;    // what was wrong, without the file name

    // "authroot.stl: <message>" or "authrootstl.cab ▸ authroot.stl: <message>".
    QString toString() const;
    // A stable machine key for the code ("truncated", "html-page", ...).
    QString codeKey() const;
};

// A value or the LoadError that explains why there is none.
template <class T> class Expected {
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(LoadError error) : m_state(std::move(error)) {}
    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    const LoadError &error() const { return std::get<LoadError>(m_state); }

private:
    std::variant<T, LoadError> m_state;
};

} // namespace ctlv
