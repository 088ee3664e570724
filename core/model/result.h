#pragma once

#include "model/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace Tidings {

// The core's one error convention: a function that can fail returns Result<T>.
// It holds either the value or an Error whose message a shop owner can read.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}

    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }

    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }

    T &value() & { return std::get<T>(m_state); }

    T &&value() && { return std::get<T>(std::move(m_state)); }

    const T &operator*() const & { return value(); }

    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }

    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Tidings
