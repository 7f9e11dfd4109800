#pragma once
// Calendar dates as day numbers (days since 1970-01-01), and times of day.
#include <optional>
#include <string>
#include <string_view>

namespace core {

struct Date {
    int days = 0;
    bool operator==(const Date&) const = default;
    auto operator<=>(const Date&) const = default;
};

struct TimeOfDay {
    int minutes = 0;  // 0 … 1439
    bool operator==(const TimeOfDay&) const = default;
    auto operator<=>(const TimeOfDay&) const = default;
};

Date date_from_ymd(int y, int m, int d);
void ymd_from_date(Date date, int& y, int& m, int& d);
// 1 = Monday … 7 = Sunday.
int weekday_of(Date date);
std::string format_date(Date date);                 // "2025-03-01"
std::optional<Date> parse_date(std::string_view);   // strict "YYYY-MM-DD", real calendar days
// Seconds since 1970 of ISO time text ("2025-03-01T08:30:00.000Z", read to
// the second); nullopt when it cannot be read.
std::optional<long long> unix_seconds(std::string_view iso);
std::string format_time(TimeOfDay t);                 // "08:30"
std::optional<TimeOfDay> parse_time(std::string_view);  // strict "HH:MM", 00:00–23:59

}  // namespace core
