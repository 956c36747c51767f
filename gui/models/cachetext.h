// How the cache panels word cache values: sizes, ages, dates and the kinds
// of entries (go's own words, with a one-sentence tooltip each), translated
// in the "kiln::gui::CacheText" context. Formatting only; no disk access.
#pragma once

#include "cache/cacheentry.h"

#include <QCoreApplication>
#include <QString>

namespace kiln::gui
{

class CacheText
{
    Q_DECLARE_TR_FUNCTIONS(kiln::gui::CacheText)
public:
    // "0 B", "512 B", "1.5 KiB", "23.4 MiB", "2.0 GiB" (powers of 1024).
    static QString bytes(qint64 bytes);
    // How long before nowNs thenNs was: "just now", "12 min ago", "5 h ago",
    // "3 d ago"; "never" for 0.
    static QString age(qint64 nowNs, qint64 thenNs);
    // The local date and time of a Unix ns time ("2025-06-01 14:03:12"); "" for 0.
    static QString dateTime(qint64 ns);
    // go's word for the kind (cache::kindName), and what it is in one sentence.
    static QString kindWord(cache::EntryKind kind);
    static QString kindToolTip(cache::EntryKind kind);
    // The first 12 hex digits of a key (the whole in tooltips).
    static QString shortKey(const Digest &key);
};

} // namespace kiln::gui
