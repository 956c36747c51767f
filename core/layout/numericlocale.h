// Internal to kiln_layout: LC_NUMERIC=C for the calling thread while in
// scope. Graphviz prints and parses numbers with printf/strtod, so a locale
// with a decimal comma would corrupt every size and position. uselocale()
// makes the switch per thread: the GUI thread's locale never changes under a
// layout running on a worker. (Graphviz 2.43's gvLayout also switches the
// process-wide LC_NUMERIC to C and back itself, gv_fixLocale; Qt formats
// numbers through QLocale, which does not read it.)
#pragma once

#include <locale.h>

namespace kiln::layout
{

class CNumericLocale
{
public:
    CNumericLocale()
    {
        locale_t base = duplocale(uselocale(locale_t(nullptr)));
        m_locale = base ? newlocale(LC_NUMERIC_MASK, "C", base) : locale_t(nullptr);
        if (!m_locale && base)
            freelocale(base);
        if (m_locale)
            m_previous = uselocale(m_locale);
    }
    ~CNumericLocale()
    {
        if (!m_locale)
            return;
        uselocale(m_previous);
        freelocale(m_locale);
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

    bool active() const { return m_locale != nullptr; }

private:
    locale_t m_locale = nullptr;
    locale_t m_previous = nullptr;
};

} // namespace kiln::layout
