#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace thanrak {

// The stable text keys under which an enum is stored in the file and in CSV
// bundles ("savings_group", "chair", ...). One table per enum replaces a pair
// of hand-written lookup loops.
template <typename Enum, std::size_t N>
class EnumKeys {
public:
    constexpr explicit EnumKeys(std::array<std::pair<Enum, const char*>, N> entries)
        : entries_(entries) {}

    QString key(Enum value) const {
        for (const auto& [candidate, text] : entries_)
            if (candidate == value)
                return QLatin1String(text);
        return {};
    }

    std::optional<Enum> fromKey(QStringView key) const {
        for (const auto& [candidate, text] : entries_)
            if (key == QLatin1String(text))
                return candidate;
        return std::nullopt;
    }

    // Every value, in table order (for combo boxes and loops).
    std::array<Enum, N> values() const {
        std::array<Enum, N> result{};
        for (std::size_t i = 0; i < N; ++i) result[i] = entries_[i].first;
        return result;
    }

private:
    std::array<std::pair<Enum, const char*>, N> entries_;
};

}  // namespace thanrak
