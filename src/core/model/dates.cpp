#include "core/model/dates.hpp"

#include <cstdio>

namespace core {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic
// Gregorian calendar, no time zones involved.
Date date_from_ymd(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{era * 146097 + (int)doe - 719468};
}

void ymd_from_date(Date date, int& y, int& m, int& d) {
    const int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = (int)(doy - (153 * mp + 2) / 5 + 1);
    m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y = (int)yoe + era * 400 + (m <= 2);
}

int weekday_of(Date date) {
    // 1970-01-01 was a Thursday (4).
    int w = (date.days % 7 + 7) % 7;  // 0 = Thursday
    return (w + 3) % 7 + 1;
}

std::string format_date(Date date) {
    int y, m, d;
    ymd_from_date(date, y, m, d);
    if (y < 0 || y > 9999) {   // outside four digits: as printf writes it
        char buf[24];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        return buf;
    }
    // Digit by digit, not printf: the calendar builds a key with a date for
    // every item it expands (tens of thousands for a year of a large plan).
    const char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                           char('0' + m / 10),   char('0' + m % 10),       '-',
                           char('0' + d / 10),   char('0' + d % 10)};
    return std::string(text, sizeof text);
}

static bool digits(std::string_view s, size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

std::optional<long long> unix_seconds(std::string_view iso) {
    if (iso.size() < 19) return std::nullopt;
    const auto date = parse_date(iso.substr(0, 10));
    if (!date) return std::nullopt;
    auto two = [&](size_t at) { return (iso[at] - '0') * 10 + (iso[at + 1] - '0'); };
    for (size_t at : {11, 14, 17})
        if (iso[at] < '0' || iso[at] > '9' || iso[at + 1] < '0' || iso[at + 1] > '9') return std::nullopt;
    return (long long)date->days * 86400 + two(11) * 3600 + two(14) * 60 + two(17);
}

std::optional<Date> parse_date(std::string_view s) {
    int y, m, d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return std::nullopt;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int max_day = month_days[m - 1] + (m == 2 && leap ? 1 : 0);
    if (d > max_day) return std::nullopt;
    return date_from_ymd(y, m, d);
}

std::string format_time(TimeOfDay t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", t.minutes / 60, t.minutes % 60);
    return buf;
}

std::optional<TimeOfDay> parse_time(std::string_view s) {
    int h, m;
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    if (!digits(s, 0, 2, h) || !digits(s, 3, 2, m) || h > 23 || m > 59) return std::nullopt;
    return TimeOfDay{h * 60 + m};
}

}  // namespace core
