using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes editor codes and staff-credit lines: "(WIL)", "(nds/krs)", "Editor: Jane Doe", "Penulis: Budi",
/// "By John Smith", "(Reporting by …; Editing by …)", "Jane Doe contributed to this report.".
/// </summary>
internal sealed class StaffCreditRule() : LineRule("credits.staff", "Removes editor codes such as '(WIL)' and staff-credit lines such as 'Editor: …'.")
{
    /// <inheritdoc />
    internal override bool JudgesLineAlone => true;

    private const string EditorCode = "editor code";
    internal const string StaffLine = "staff credit";
    private const int MaxCreditWords = 12;

    protected override string? Match(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        if (IsEditorCode(text))
        {
            return EditorCode;
        }

        var features = context.GetFeatures(line);
        if (features.Words > MaxCreditWords * 2)
        {
            return null;
        }

        // A job title alone on a line ("Staff Writer", "Contributing Writer") belongs to a byline or an author box; a
        // short line that credits helpers ("Jane Doe contributed to this report.") is a credit wherever its names stand.
        if (context.MatchesExactPhrase(line, PhraseCategory.StaffCredit) || context.ContainsPhrase(line, PhraseCategory.StaffCredit))
        {
            return StaffLine;
        }

        var labels = context.Phrases[PhraseCategory.StaffCredit];
        bool parenthesised = text.Length > 2 && text[0] == '(' && text[^1] == ')';
        var inner = parenthesised ? text[1..^1] : text;
        int label = parenthesised ? labels.MatchPrefix(inner) : context.MatchPhrasePrefix(line, PhraseCategory.StaffCredit);
        return IsStaffCredit(inner, label, features.Words) || IsSignOffWithEmail(text, labels, features.Words) ? StaffLine : null;
    }

    private const int MaxSignOffWords = 8;

    /// <summary>
    /// "김지훈 기자 jhkim@example.co.kr": a reporter's sign-off, a short line that ends in an e-mail address and holds a
    /// staff label ("기자", "Reporter") as one of its words, wherever the name stands.
    /// </summary>
    private static bool IsSignOffWithEmail(ReadOnlySpan<char> text, PhraseMatcher labels, int words)
    {
        int space = text.LastIndexOf(' ');
        var last = text[(space + 1)..];
        int at = last.IndexOf('@');
        if (words > MaxSignOffWords || space <= 0 || at <= 0 || last[(at + 1)..].IndexOf('.') <= 0)
        {
            return false;
        }

        var state = (Labels: labels, Found: false);
        LineShape.ForEachWord(text[..space], ref state, static (ReadOnlySpan<char> word, ref (PhraseMatcher Labels, bool Found) s) =>
        {
            s.Found = s.Labels.MatchesExact(word) || s.Labels.MatchPrefix(word) == word.Length;
            return !s.Found;
        });
        return state.Found;
    }

    /// <summary>"(WIL)", "(nds/krs)", "(ant/dri/*)": 1 to 4 codes of 2 to 6 letters in parentheses.</summary>
    internal static bool IsEditorCode(ReadOnlySpan<char> text)
    {
        if (text.Length is < 4 or > 30 || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }

        int codes = 0;
        foreach (var range in text[1..^1].SplitAny("/,; "))
        {
            var code = text[1..^1][range];
            if (code.IsEmpty || code is "*")
            {
                continue;
            }

            if (code.Length is < 2 or > 6)
            {
                return false;
            }

            foreach (char c in code)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            codes++;
        }

        return codes is >= 1 and <= 4;
    }

    /// <summary>A staff label ("Editor:", "Reporting by") followed by names, in a short line that is not a sentence.</summary>
    internal static bool IsStaffCredit(ReadOnlySpan<char> text, PhraseMatcher labels, int words) => IsStaffCredit(text, labels.MatchPrefix(text), words);

    /// <summary><see cref="IsStaffCredit(ReadOnlySpan{char}, PhraseMatcher, int)"/> given the length of the staff label the text starts with, or 0.</summary>
    private static bool IsStaffCredit(ReadOnlySpan<char> text, int label, int words)
    {
        if (label == 0)
        {
            return false;
        }

        var rest = text[label..].TrimStart();
        if (rest.Length > 0 && rest[0] is ':' or '：' or '|' or '-' or '–')
        {
            return words <= MaxCreditWords * 2;
        }

        // "Reporting by Jane Doe; Editing by John Roe": a multi-word label ending in "by" introduces names, however many.
        if (label > 2 && text[..label].EndsWith(" by", StringComparison.OrdinalIgnoreCase) && rest.Length > 0 && char.IsUpper(rest[0]))
        {
            // "Published by The Millbrook Courier on Feb. 12, 2026.": the full stop closes the date, not a sentence.
            return text[^1] is not ('.' or '!' or '?') ? words <= MaxCreditWords * 2 : words <= MaxCreditWords && EndsInYear(text[..^1]);
        }

        // Without a colon ("By John Smith"), require a short line of capitalised names. Names may be followed by the
        // outlet or a job title after a separator ("By Amy Kuperinsky | NJ Advance Media for NJ.com").
        if (rest.IsEmpty || text[^1] is '.' or '!' or '?')
        {
            return false;
        }

        // Before a separator, the names are a full name at least ("By Tuesday, the barrier had closed" names nobody).
        int separator = rest.IndexOfAny(NameSeparators);
        return separator > 0
            ? words <= MaxCreditWords && rest[..separator].Trim().Count(' ') > 0 && AreNames(rest[..separator])
            : words <= MaxBareCreditWords && AreNames(rest);
    }

    private const int MaxBareCreditWords = 6;

    private static bool EndsInYear(ReadOnlySpan<char> text) =>
        text.Length > 5 && text[^5] == ' ' && int.TryParse(text[^4..], out int year) && year is >= 1900 and <= 2100;

    /// <summary>What separates a byline's names from the outlet or a job title: "By Jane Doe | Reuters", "By Jane Doe, Staff Writer".</summary>
    internal static readonly System.Buffers.SearchValues<char> NameSeparators = System.Buffers.SearchValues.Create("|,•·");

    private static bool AreNames(ReadOnlySpan<char> text)
    {
        bool allNames = true;
        LineShape.ForEachWord(text, ref allNames, static (ReadOnlySpan<char> word, ref bool ok) =>
        {
            ok = char.IsUpper(word[0]) || word is "and" or "dan" or "y" or "e" or "et" or "und";
            return ok;
        });
        return allNames;
    }
}
