#pragma once
// The typed error of reading a file: what was wrong, in which file (and CAB member), and where.

#include <QString>

#include <optional>
#include <type_traits>
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
        NothingToExport, // the viewer's export found no list, or no selected entries, to write
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

// The one error style of the project: a value, or the typed error that explains why there is none.
// E is LoadError for whatever reads or writes a file; the DER reader uses der::DerError. An error of
// another type converts when E can be made from it (the parser's own failure type is made from a
// der::DerError), so CTLV_ASSIGN_OR_RETURN passes a reader's error up through the parser's steps.
// Expected<void, E> is success or an error.
template <class T, class E = LoadError> class [[nodiscard]] Expected {
public:
    Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_state(std::in_place_index<1>, std::move(error)) {}
    template <class Other>
    requires(!std::is_same_v<std::remove_cvref_t<Other>, E> && !std::is_convertible_v<Other, T> &&
             std::is_constructible_v<E, Other>) Expected(Other &&error)
        : m_state(std::in_place_index<1>, E(std::forward<Other>(error))) {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template <class E> class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    Expected(E error) : m_error(std::move(error)) {}
    template <class Other>
    requires(!std::is_same_v<std::remove_cvref_t<Other>, E> && std::is_constructible_v<E, Other>)
        Expected(Other &&error)
        : m_error(E(std::forward<Other>(error))) {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace ctlv

// Passes an error up: evaluates `expression` (an Expected); on error, returns that error from the enclosing
// function (whose result must accept it); otherwise `declaration` (a new variable or an lvalue) takes the
// value. The DER reader and the parser read as a sequence of steps this way, without exceptions.
#define CTLV_ASSIGN_OR_RETURN(declaration, expression)                                                       \
    CTLV_ASSIGN_OR_RETURN_IMPL(CTLV_RESULT_NAME(ctlvResult_, __LINE__), declaration, expression)
#define CTLV_ASSIGN_OR_RETURN_IMPL(result, declaration, expression)                                          \
    auto result = (expression);                                                                              \
    if (!result)                                                                                             \
        return result.error();                                                                               \
    declaration = std::move(result).value()
// The same for an Expected<void, E>, or when the value is not needed.
#define CTLV_RETURN_IF_ERROR(expression)                                                                     \
    do {                                                                                                     \
        if (auto ctlvCheck_ = (expression); !ctlvCheck_)                                                     \
            return ctlvCheck_.error();                                                                       \
    } while (false)
#define CTLV_RESULT_NAME(prefix, line) CTLV_RESULT_NAME_JOIN(prefix, line)
#define CTLV_RESULT_NAME_JOIN(prefix, line) prefix##line
