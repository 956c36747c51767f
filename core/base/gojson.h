// GoJson: writes JSON exactly as Go's encoding/json MarshalIndent(v, "", "\t")
// does, so Kiln's -json output can be compared with go's byte for byte:
// fields in the order written, tab indentation, "key": value, empty arrays as
// [] and empty objects as {}, and Go's string escaping (<, >, & as \u003c,
// \u003e, \u0026; U+2028/2029 escaped; invalid UTF-8 as \ufffd; control
// characters as \n, \r, \t, \b, \f or \u00XX).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace kiln
{

class GoJson
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);
    void string(const QString &s);
    void rawString(const QByteArray &utf8);
    void number(qint64 n);
    void boolean(bool b);
    void null();

    // Helpers for omitempty fields: write nothing when the value is empty.
    void stringField(const char *name, const QString &s);            // omitempty
    void boolField(const char *name, bool b);                        // omitempty
    void listField(const char *name, const QStringList &list);       // omitempty
    void listFieldAlways(const char *name, const QStringList &list); // [] when empty

    QByteArray take() { return std::move(m_out); }
    // A JSON string, quotes included, escaped as encoding/json does. quote()
    // is for Kiln's text, where U+FFFD stands for bytes that were not UTF-8
    // (go writes those as \ufffd, so it does too); quoteBytes() for raw bytes
    // (test2json's output), where only invalid bytes become \ufffd.
    static QByteArray quote(const QByteArray &utf8);
    static QByteArray quoteBytes(QByteArrayView bytes);

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true; // no element written yet at this level
    bool m_afterKey = false;
};

} // namespace kiln
