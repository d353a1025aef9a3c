// Calendar helpers for the CTL fixture generator: ISO-8601 parsing, UTCTime/GeneralizedTime text and
// Windows FILETIME values (100 ns ticks since 1601-01-01 UTC).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct UtcDateTime {
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// Accepts exactly "YYYY-MM-DDTHH:MM:SSZ".
std::optional<UtcDateTime> parseIsoDateTime(std::string_view text);
std::string formatIsoDateTime(const UtcDateTime &time);

std::int64_t toUnixSeconds(const UtcDateTime &time);
UtcDateTime fromUnixSeconds(std::int64_t seconds);

// FILETIME as Microsoft stores it in sequenceNumber and the .104/.126 properties.
std::uint64_t toFiletime(const UtcDateTime &time);

// "YYMMDDHHMMSSZ" (valid for 1950..2049) and "YYYYMMDDHHMMSSZ".
std::string formatUtcTime(const UtcDateTime &time);
std::string formatGeneralizedTime(const UtcDateTime &time);
bool fitsUtcTime(const UtcDateTime &time);
