#include "test/test2jsonevent.h"

#include "base/gojson.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace kiln::test
{

namespace
{

// encoding/json's error for a float it refuses: strconv 'g' formatting.
QByteArray unsupportedFloat(double v)
{
    if (std::isnan(v))
        return "NaN";
    return v > 0 ? "+Inf" : "-Inf";
}

void field(QByteArray &out, const char *name, QByteArrayView value)
{
    if (value.isEmpty())
        return;
    out += ",\"";
    out += name;
    out += "\":";
    out += GoJson::quoteBytes(value);
}

} // namespace

QByteArray goJsonFloat(double v)
{
    const double a = std::fabs(v);
    const bool exponent = a != 0 && (a < 1e-6 || a >= 1e21);
    char buf[64];
    const auto r =
        std::to_chars(buf, buf + sizeof buf, v,
                      exponent ? std::chars_format::scientific : std::chars_format::fixed);
    QByteArray out(buf, r.ptr - buf);
    // Go's %e prints two exponent digits (1e-07); encoding/json shortens a
    // negative one-digit exponent to 1e-7.
    const qsizetype n = out.size();
    if (exponent && n >= 4 && out[n - 4] == 'e' && out[n - 3] == '-' && out[n - 2] == '0')
        out.remove(n - 2, 1);
    return out;
}

QByteArray goRfc3339Nano(qint64 unixNanos, int utcOffsetSeconds)
{
    using namespace std::chrono;
    const qint64 secs = unixNanos / 1000000000 - (unixNanos % 1000000000 < 0 ? 1 : 0);
    const qint64 nanos = unixNanos - secs * 1000000000;
    const qint64 local = secs + utcOffsetSeconds;
    const qint64 days = local / 86400 - (local % 86400 < 0 ? 1 : 0);
    const qint64 daySecs = local - days * 86400;
    const year_month_day date{sys_days{std::chrono::days{days}}};
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld", int(date.year()),
                          unsigned(date.month()), unsigned(date.day()), daySecs / 3600,
                          daySecs / 60 % 60, daySecs % 60);
    QByteArray out(buf, n);
    if (nanos != 0) {
        n = std::snprintf(buf, sizeof buf, ".%09lld", nanos);
        while (buf[n - 1] == '0')
            --n;
        out.append(buf, n);
    }
    // Go's zone is whole minutes; seconds of an offset are dropped.
    if (utcOffsetSeconds == 0)
        return out + 'Z';
    int zone = utcOffsetSeconds / 60;
    out += zone < 0 ? '-' : '+';
    zone = std::abs(zone);
    n = std::snprintf(buf, sizeof buf, "%02d:%02d", zone / 60, zone % 60);
    out.append(buf, n);
    return out;
}

Test2JsonInstant test2JsonNow()
{
    using namespace std::chrono;
    Test2JsonInstant now;
    now.unixNanos = duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    now.monotonicNanos = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    const time_t secs = time_t(now.unixNanos / 1000000000);
    struct tm broken = {};
    if (localtime_r(&secs, &broken))
        now.utcOffsetSeconds = int(broken.tm_gmtoff);
    return now;
}

QByteArray encodeTest2JsonEvent(const Test2JsonEvent &e)
{
    if (e.elapsed && !std::isfinite(*e.elapsed))
        return "testjson internal error: json: unsupported value: " + unsupportedFloat(*e.elapsed) +
               '\n';
    QByteArray out = "{";
    if (e.time) {
        out += "\"Time\":\"";
        out += goRfc3339Nano(e.time->unixNanos, e.time->utcOffsetSeconds);
        out += "\",";
    }
    out += "\"Action\":";
    out += GoJson::quoteBytes(e.action);
    field(out, "Package", e.package);
    field(out, "Test", e.test);
    if (e.elapsed) {
        out += ",\"Elapsed\":";
        out += goJsonFloat(*e.elapsed);
    }
    if (e.output) {
        out += ",\"Output\":";
        out += GoJson::quoteBytes(*e.output);
    }
    field(out, "FailedBuild", e.failedBuild);
    field(out, "Key", e.key);
    field(out, "Value", e.value);
    out += "}\n";
    return out;
}

QByteArray buildOutputEvent(const QString &importPath, QByteArrayView output)
{
    if (output.isEmpty())
        return {};
    return "{\"ImportPath\":" + GoJson::quoteBytes(importPath.toUtf8()) +
           ",\"Action\":\"build-output\",\"Output\":" + GoJson::quoteBytes(output) + "}\n";
}

QByteArray buildFailEvent(const QString &importPath)
{
    return "{\"ImportPath\":" + GoJson::quoteBytes(importPath.toUtf8()) +
           ",\"Action\":\"build-fail\"}\n";
}

QByteArray buildErrorEvents(const QString &importPath, QByteArrayView text)
{
    QByteArray out;
    while (!text.isEmpty()) {
        const qsizetype nl = text.indexOf('\n');
        const qsizetype len = nl < 0 ? text.size() : nl + 1;
        QByteArray line = text.first(len).toByteArray();
        if (nl < 0)
            line += '\n';
        out += buildOutputEvent(importPath, line);
        text = text.sliced(len);
    }
    return out + buildFailEvent(importPath);
}

} // namespace kiln::test
