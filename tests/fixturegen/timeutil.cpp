#include "timeutil.h"

#include <cstdio>

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month) {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}

bool readDigits(std::string_view text, std::size_t offset, std::size_t count, int &value) {
    value = 0;
    for (std::size_t i = offset; i < offset + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<UtcDateTime> parseIsoDateTime(std::string_view text) {
    // Positions in "YYYY-MM-DDTHH:MM:SSZ".
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    UtcDateTime time;
    if (!readDigits(text, 0, 4, time.year) || !readDigits(text, 5, 2, time.month) ||
        !readDigits(text, 8, 2, time.day) || !readDigits(text, 11, 2, time.hour) ||
        !readDigits(text, 14, 2, time.minute) || !readDigits(text, 17, 2, time.second))
        return std::nullopt;
    if (time.year < 1601 || time.month < 1 || time.month > 12 || time.day < 1 ||
        time.day > daysInMonth(time.year, time.month) || time.hour > 23 || time.minute > 59 ||
        time.second > 59)
        return std::nullopt;
    return time;
}

std::string formatIsoDateTime(const UtcDateTime &time) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", time.year, time.month, time.day,
                  time.hour, time.minute, time.second);
    return text;
}

std::int64_t toUnixSeconds(const UtcDateTime &time) {
    return daysFromCivil(time.year, time.month, time.day) * 86400 + time.hour * 3600 + time.minute * 60 +
           time.second;
}

UtcDateTime fromUnixSeconds(std::int64_t seconds) {
    std::int64_t days = seconds / 86400;
    std::int64_t secondsOfDay = seconds % 86400;
    if (secondsOfDay < 0) {
        secondsOfDay += 86400;
        --days;
    }
    // H. Hinnant's civil_from_days.
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthIndex = (5 * dayOfYear + 2) / 153;
    UtcDateTime time;
    time.day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    time.month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    time.year = static_cast<int>(yearOfEra + era * 400 + (time.month <= 2 ? 1 : 0));
    time.hour = static_cast<int>(secondsOfDay / 3600);
    time.minute = static_cast<int>(secondsOfDay / 60 % 60);
    time.second = static_cast<int>(secondsOfDay % 60);
    return time;
}

std::uint64_t toFiletime(const UtcDateTime &time) {
    constexpr std::int64_t secondsFrom1601To1970 = 11644473600;
    constexpr std::uint64_t ticksPerSecond = 10000000;
    return static_cast<std::uint64_t>(toUnixSeconds(time) + secondsFrom1601To1970) * ticksPerSecond;
}

bool fitsUtcTime(const UtcDateTime &time) {
    return time.year >= 1950 && time.year <= 2049;
}

std::string formatUtcTime(const UtcDateTime &time) {
    char text[32];
    std::snprintf(text, sizeof text, "%02d%02d%02d%02d%02d%02dZ", time.year % 100, time.month, time.day,
                  time.hour, time.minute, time.second);
    return text;
}

std::string formatGeneralizedTime(const UtcDateTime &time) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02dZ", time.year, time.month, time.day, time.hour,
                  time.minute, time.second);
    return text;
}
