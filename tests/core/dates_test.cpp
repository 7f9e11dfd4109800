#include <doctest/doctest.h>

#include "core/model/dates.hpp"

using namespace core;

TEST_CASE("dates are written and read as YYYY-MM-DD") {
    CHECK(format_date(date_from_ymd(2025, 3, 1)) == "2025-03-01");
    CHECK(parse_date("2025-03-01") == date_from_ymd(2025, 3, 1));
    CHECK(date_from_ymd(1970, 1, 1).days == 0);
    // Four digits padded, and years past them written whole.
    CHECK(format_date(date_from_ymd(999, 12, 31)) == "0999-12-31");
    CHECK(format_date(date_from_ymd(9999, 12, 31)) == "9999-12-31");
    CHECK(format_date(date_from_ymd(10000, 1, 9)) == "10000-01-09");
    for (int days = -1000; days < 60000; days += 37) {
        Date d{days};
        CHECK(parse_date(format_date(d)) == d);
    }
}

TEST_CASE("only real calendar days are dates") {
    CHECK(parse_date("2024-02-29"));        // leap year
    CHECK_FALSE(parse_date("2025-02-29"));  // not a leap year
    CHECK_FALSE(parse_date("1900-02-29"));  // century, not leap
    CHECK(parse_date("2000-02-29"));        // divisible by 400
    CHECK_FALSE(parse_date("2025-04-31"));
    CHECK_FALSE(parse_date("2025-13-01"));
    CHECK_FALSE(parse_date("2025-1-01"));
    CHECK_FALSE(parse_date("2025/01/01"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("weekdays run Monday 1 to Sunday 7") {
    CHECK(weekday_of(date_from_ymd(2025, 3, 3)) == 1);   // a Monday
    CHECK(weekday_of(date_from_ymd(2025, 3, 9)) == 7);   // a Sunday
    CHECK(weekday_of(date_from_ymd(1969, 12, 31)) == 3); // before day 0: a Wednesday
}

TEST_CASE("times of day are HH:MM from 00:00 to 23:59") {
    CHECK(parse_time("08:30")->minutes == 510);
    CHECK(format_time(TimeOfDay{1439}) == "23:59");
    CHECK_FALSE(parse_time("25:61"));
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("8:30"));
    CHECK_FALSE(parse_time("08-30"));
}
