// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace desk {

/** What went wrong, in words a person can act on, plus a code for programs. */
struct Error
{
    enum class Code {
        Invalid,      // input the user can correct
        NotFound,
        Conflict,     // someone else changed the row since it was read
        Forbidden,    // a rule of the policy or a missing privilege
        Database,     // the engine refused or failed
        Unavailable,  // the database or server cannot be reached
        SchemaTooNew, // the database was migrated by a newer program
        Io,
    };

    Code code = Code::Invalid;
    QString message;

    static Error invalid(const QString &m) { return {Code::Invalid, m}; }
    static Error notFound(const QString &m) { return {Code::NotFound, m}; }
    static Error conflict(const QString &m) { return {Code::Conflict, m}; }
    static Error forbidden(const QString &m) { return {Code::Forbidden, m}; }
    static Error database(const QString &m) { return {Code::Database, m}; }
};

/** A value or an Error; the small `std::expected` we can have in C++20. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but success. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace desk
