// formatPlain and formatJson (declared in goenv.h): go env's two output forms.
#include "goenv/goenv.h"

#include <QMap>

namespace kiln::goenv
{

namespace
{

// envcmd.shellQuote: single quotes, each ' written as '\''.
QByteArray shellQuote(const QString &value)
{
    QByteArray out = "'";
    out += value.toUtf8().replace("'", "'\\''");
    out += '\'';
    return out;
}

// The two-character escape encoding/json uses for b, or nullptr.
const char *shortEscape(unsigned char b)
{
    switch (b) {
    case '\\':
        return "\\\\";
    case '"':
        return "\\\"";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    }
    return nullptr;
}

// encoding/json's string encoding with HTML escaping (json.Encoder's default).
QByteArray jsonString(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out = "\"";
    for (const char ch : value.toUtf8()) {
        const auto b = static_cast<unsigned char>(ch);
        if (const char *escape = shortEscape(b)) {
            out += escape;
        } else if (b < 0x20 || b == '<' || b == '>' || b == '&') {
            out += "\\u00";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            out += ch;
        }
    }
    // U+2028 and U+2029 are escaped unconditionally.
    out.replace("\xe2\x80\xa8", "\\u2028").replace("\xe2\x80\xa9", "\\u2029");
    out += '"';
    return out;
}

bool keep(const EnvVar &v, EnvFilter filter)
{
    return v.name != QLatin1String("TERM") && (filter == EnvFilter::All || v.changed);
}

} // namespace

QByteArray formatPlain(const QList<EnvVar> &vars, EnvFilter filter)
{
    QList<EnvVar> sorted = vars;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const EnvVar &a, const EnvVar &b) { return a.name < b.name; });
    QByteArray out;
    for (const EnvVar &v : sorted) {
        if (keep(v, filter))
            out += v.name.toUtf8() + '=' + shellQuote(v.value) + '\n';
    }
    return out;
}

QByteArray formatJson(const QList<EnvVar> &vars, EnvFilter filter)
{
    QMap<QByteArray, QString> object; // byte order, like go's sorted map keys
    for (const EnvVar &v : vars) {
        if (keep(v, filter))
            object.insert(v.name.toUtf8(), v.value);
    }
    if (object.isEmpty())
        return "{}\n";
    QByteArray out = "{\n";
    for (auto it = object.begin(); it != object.end(); ++it) {
        out += '\t' + jsonString(QString::fromUtf8(it.key())) + ": " + jsonString(it.value());
        out += std::next(it) == object.end() ? "\n" : ",\n";
    }
    return out + "}\n";
}

} // namespace kiln::goenv
