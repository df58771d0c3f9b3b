using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes dateline and byline-date lines: "Medcom • 22 Oktober 2024 14:18", "Published 3 March 2025",
/// "22/10/2024 14:18 WIB". The line must be short, carry a time or a day-month-year date, and hold little else.
/// A subheading with a year in it ("Pemilu 2024") has no time and no month name, so it stays.
/// </summary>
internal sealed class DatelineRule() : LineRule("site.dateline", "Removes short dateline lines that carry a publication date or time.")
{
    /// <inheritdoc />
    internal override bool JudgesLineAlone => true;

    internal const string Reason = "dateline (source and publication time)";

    // Stateless, so one instance serves every thread.
    private static readonly DatelineRule Probe = new();

    /// <summary>True when the line is a dateline this rule removes; other rules read it to recognise a byline beside one.</summary>
    internal static bool IsDateline(CleaningContext context, int line) => Probe.Match(context, line) is not null;

    private const int MaxWords = 16;
    private const int MaxOtherWords = 6;

    protected override string? Match(CleaningContext context, int line)
    {
        var features = context.GetFeatures(line);
        if (features.Digits == 0 || (features.EndsSentence && context.GetText(line)[^1] != '.'))
        {
            return null;
        }

        var text = context.GetText(line);
        if (features.Words > MaxWords && !IsUnspacedDateline(features, text))
        {
            return null;
        }

        if (IsRelativeTime(text, context.Phrases[PhraseCategory.RelativeTime]))
        {
            return Reason;
        }

        // A sentence is only a relative time's ("Updated 3 hours ago."), never a dateline's; a full stop that closes
        // "p.m." ("Published: Nov. 19, 2019, 6:18 p.m.") ends no sentence.
        // "— Jane Doe (@jane) November 18, 2019" closes an embedded post or a quotation: it belongs to the article.
        if ((features.EndsSentence && !EndsWithMeridiem(text)) || text[0] is '—' or '–' || text.Contains("(@", StringComparison.Ordinal))
        {
            return null;
        }

        var state = new DateScan(context.Phrases[PhraseCategory.Month]);
        foreach (var range in text.Split(' '))
        {
            state.Visit(text[range].Trim(",;()[]•·|—–-"));

            // Other words only add up: past the limit, no date can make the line a dateline.
            if (state.Other > MaxOtherWords)
            {
                return null;
            }
        }

        if (IsLiveEntryHeading(text, state))
        {
            return null;
        }

        // A month and year alone ("Inflasi Oktober 2024 Terendah Sejak 2021") is a headline's topic; a dateline gives the day.
        bool hasDate = state.Time || state.NumericDate || (state.Month && state.Year && state.Day);
        return hasDate ? Reason : null;
    }

    private const int CharactersPerWord = 3;

    /// <summary>
    /// "2018年6月18日 10:01 発信地：カノ/ナイジェリア": scripts written without spaces count each character as a word, so a
    /// dateline with its place runs past sixteen; between its spaces it has a few words, which the scan below counts.
    /// </summary>
    private static bool IsUnspacedDateline(in Text.LineFeatures features, ReadOnlySpan<char> text) =>
        features.Words <= MaxWords * CharactersPerWord && text.Count(' ') * CharactersPerWord < features.Words;

    /// <summary>
    /// "11:08 – Sin luz en Mosqueruela": a live blog's entry opens with its time, a dash and a headline in words. A
    /// dateline that starts with a time gives a date or a zone beside it ("12:05 CET", "16:45, 3 березня 2025") or a
    /// name ("16:45 | Jane Doe"), never a phrase with lowercase words.
    /// </summary>
    private static bool IsLiveEntryHeading(ReadOnlySpan<char> text, in DateScan state)
    {
        if (state.Times != 1 || state.NumericDate || state.Month || state.Year || state.Lowercase < MinLiveEntryLowercaseWords)
        {
            return false;
        }

        int space = text.IndexOf(' ');
        if (space <= 0 || !DateScan.IsTime(text[..space].TrimEnd(",")))
        {
            return false;
        }

        var rest = text[(space + 1)..];
        return rest.Length > 2 && rest[0] is '–' or '—' or '-' or '|' && rest[1] == ' ';
    }

    private const int MinLiveEntryLowercaseWords = 2;

    /// <summary>
    /// "Published: Nov. 19, 2019, 6:18 p.m.", "Posted Nov. 19, 2019 at 6:18 p.m.": the line ends in "a.m." or "p.m."
    /// and, but for those, "at" and "on", has no word in lowercase, as a dateline's labels and dates have none; "The
    /// meeting ended at 6:18 p.m." is a sentence.
    /// </summary>
    private static bool EndsWithMeridiem(ReadOnlySpan<char> text)
    {
        if (!text.EndsWith(" a.m.", StringComparison.OrdinalIgnoreCase) && !text.EndsWith(" p.m.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A time alone ("4:14 p.m.") heads an entry of a live blog, as it did before this exception: a label or a date
        // must stand beside it.
        bool lowercase = false, label = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            lowercase |= word.Length > 0 && char.IsLower(word[0]) && !IsMeridiem(word.TrimEnd(",;")) && word is not ("at" or "on");
            label |= word.Length > 0 && char.IsUpper(word[0]);
        }

        return label && !lowercase;
    }

    private static bool IsMeridiem(ReadOnlySpan<char> word) =>
        word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase);

    // "updated 16 minutes ago" is the longest kind of stamp; longer lines are never one.
    private const int MaxRelativeTimeLength = 40;

    /// <summary>
    /// "32M ago", "1 hour ago", "2 jam yang lalu", "vor 3 Stunden", "3時間前": with every run of digits written as
    /// <c>#</c>, the line is one of the packs' <c>relativeTime</c> phrases. Teaser lists print these under every
    /// headline; an article never has one alone on a line.
    /// </summary>
    internal static bool IsRelativeTime(ReadOnlySpan<char> text, PhraseMatcher stamps)
    {
        if (text.Length > MaxRelativeTimeLength)
        {
            return false;
        }

        Span<char> pattern = stackalloc char[MaxRelativeTimeLength];
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                pattern[length++] = text[i];
            }
            else if (i == 0 || !char.IsAsciiDigit(text[i - 1]))
            {
                pattern[length++] = '#';
            }
        }

        return stamps.MatchesExact(pattern[..length]);
    }

    private static readonly System.Buffers.SearchValues<char> DateChars = System.Buffers.SearchValues.Create("0123456789/-.");

    private struct DateScan(PhraseMatcher months)
    {
        public bool Time;
        public bool NumericDate;
        public bool Month;
        public bool Year;
        public bool Day;
        public int Other;
        public int Times;
        public int Lowercase;

        // "9 mars 2026": a word between a day and a year is that date's month, even one the pack leaves out because
        // it is a word elsewhere ("mars", "set", "gen"). What the last word was: 0 other, 1 a day, 2 a word after a day,
        // 3 a lowercase word after a day.
        private int last;

        public void Visit(ReadOnlySpan<char> word)
        {
            // A spaced colon or at sign ("Artikel ini disiarkan pada : Isnin, …", "… 2026 @ 11:02 AM") is no word.
            if (!HasLetterOrDigit(word))
            {
                return;
            }

            int previous = last;
            last = 0;
            if (IsTime(word))
            {
                Time = true;
                Times++;
            }
            else if (IsNumericDate(word))
            {
                NumericDate = true;
            }
            else if (word.Length == 4 && int.TryParse(word, out int year) && year is >= 1900 and <= 2100)
            {
                Year = true;
                if (previous >= 2)
                {
                    Month = true;
                    Other--;
                    Lowercase -= previous == 3 ? 1 : 0;
                }
            }
            else if (IsDay(word))
            {
                Day = true;
                last = 1;
            }
            else if (months.MatchesExact(word))
            {
                Month = true;
            }
            else if (word.ContainsAnyExceptInRange('0', '9') && !IsClockWord(word))
            {
                Other++;
                bool lowercase = char.IsLetter(word[0]) && !char.IsUpper(word[0]);
                Lowercase += lowercase ? 1 : 0;
                last = previous == 1 && !word.ContainsAnyInRange('0', '9') ? (lowercase ? 3 : 2) : 0;
            }
        }

        /// <summary>A day of the month: "22", or "12." as German and other languages write it.</summary>
        private static bool IsDay(ReadOnlySpan<char> w)
        {
            var digits = w.Length > 1 && w[^1] == '.' ? w[..^1] : w;
            return digits.Length is 1 or 2 && int.TryParse(digits, out int day) && day is >= 1 and <= 31;
        }

        /// <summary>"PM", "a.m.", time zones ("EST", "GMT", "WIB") and the short capitals around them ("BY … ON … AT"): a dateline's own words.</summary>
        private static bool IsClockWord(ReadOnlySpan<char> w) =>
            w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || (w.Length is >= 2 and <= 4 && !w.ContainsAnyExceptInRange('A', 'Z'));

        /// <summary>"14:18", "9:30", and "07h00" as French and Portuguese write it.</summary>
        internal static bool IsTime(ReadOnlySpan<char> w) => w.Length is 4 or 5 && w[^3] is ':' or 'h' && IsAllDigits(w[..^3]) && IsAllDigits(w[^2..]);

        private static bool IsNumericDate(ReadOnlySpan<char> w)
        {
            int separators = w.Count('/') + w.Count('-') + w.Count('.');
            return separators == 2 && w.Length is >= 6 and <= 10 && w.ContainsAnyInRange('0', '9') && !w.ContainsAnyExcept(DateChars);
        }

        private static bool HasLetterOrDigit(ReadOnlySpan<char> w)
        {
            foreach (char c in w)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAllDigits(ReadOnlySpan<char> w) => w.Length > 0 && !w.ContainsAnyExceptInRange('0', '9');
    }
}
