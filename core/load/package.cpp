#include "load/package.h"

namespace kiln::load
{

QString Package::desc() const
{
    if (!forTest.isEmpty())
        return importPath + QStringLiteral(" [") + forTest + QStringLiteral(".test]");
    if (!forMain.isEmpty())
        return importPath + QStringLiteral(" [") + forMain + QLatin1Char(']');
    return importPath;
}

QString PackageError::text() const
{
    if (!pos.isEmpty() && (importStack.isEmpty() || !alwaysPrintStack))
        return pos + QStringLiteral(": ") + err;
    if (importStack.isEmpty())
        return err;
    QString optpos;
    if (!pos.isEmpty())
        optpos = QStringLiteral("\n\t") + pos;
    QStringList stack = importStack;
    if (isImportCycle) {
        for (qsizetype i = 0; i < stack.size() && i < stackPos.size(); ++i) {
            const SourcePos &p = stackPos[i];
            if (!p.file.isEmpty())
                stack[i] += QStringLiteral(" from ") + p.file.section(QLatin1Char('/'), -1);
        }
    }
    return QStringLiteral("package ") + stack.join(QStringLiteral("\n\timports ")) + optpos +
           QStringLiteral(": ") + err;
}

} // namespace kiln::load
