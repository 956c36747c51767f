// Result<T>: the value or a located error, for anything that can fail for
// environmental reasons (files, processes, bad input). No exception crosses a
// module API; callers branch on the Result or propagate it with KILN_TRY.
#pragma once

#include <QString>
#include <expected>
#include <utility>

namespace kiln
{

// A failure with an optional location in go's style: "file:line:col: message".
struct Error {
    QString message;
    QString file; // empty when the error is not about a file
    int line = 0; // 1-based; 0 = unknown
    int column = 0;

    bool operator==(const Error &) const = default;

    // "file:line:col: message", dropping the parts that are unknown.
    QString toString() const
    {
        if (file.isEmpty())
            return message;
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where + QStringLiteral(": ") + message;
    }
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected(Error{std::move(message), {}, 0, 0});
}

inline std::unexpected<Error> failAt(QString file, int line, int column, QString message)
{
    return std::unexpected(Error{std::move(message), std::move(file), line, column});
}

} // namespace kiln

// Evaluates a Result expression; on error returns the error from the caller.
#define KILN_TRY(var, expr)                                                                        \
    auto var##_result_ = (expr);                                                                   \
    if (!var##_result_)                                                                            \
        return std::unexpected(std::move(var##_result_.error()));                                  \
    auto var = std::move(*var##_result_)

// The same for Result<void>: evaluates expr and returns its error, if any.
#define KILN_CHECK(expr)                                                                           \
    do {                                                                                           \
        auto kiln_check_result_ = (expr);                                                          \
        if (!kiln_check_result_)                                                                   \
            return std::unexpected(std::move(kiln_check_result_.error()));                         \
    } while (false)
