namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// How many words a headline candidate shares with the article's first paragraph. A headline names what the lede
/// reports ("House Hitler was born in will become a police station" / "The house where Adolf Hitler was born will be
/// turned into a police station"); a newsletter box or a section label above the article shares nothing with it.
/// </summary>
internal static class LedeOverlap
{
    // Shorter words are mostly function words ("the", "was", "in") in the languages that separate words.
    private const int MinWordLength = 4;

    /// <summary>The number of words of at least four letters in <paramref name="candidate"/> that appear as whole words in <paramref name="lede"/>, ignoring case.</summary>
    public static int SharedWords(ReadOnlySpan<char> candidate, ReadOnlySpan<char> lede)
    {
        int shared = 0;
        int i = 0;
        while (i < candidate.Length)
        {
            while (i < candidate.Length && !Languages.PhraseMatcher.IsWordChar(candidate[i]))
            {
                i++;
            }

            int start = i;
            while (i < candidate.Length && Languages.PhraseMatcher.IsWordChar(candidate[i]))
            {
                i++;
            }

            int pairs = SharedPairs(candidate[start..i], lede);
            if (pairs > 0)
            {
                shared += pairs;
            }
            else if (i - start >= MinWordLength && (ContainsWord(lede, candidate[start..i], wholeWord: true) || SharesStem(candidate[start..i], lede)))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>
    /// Chinese and Japanese have no spaces, so a "word" above is a whole clause: count the pairs of adjacent characters
    /// of the run that appear in the lede instead ("震度" and "津波" in "高知で震度５弱　津波の心配なし"). Korean words are
    /// two or three syllables with a particle attached ("이어폰" / "이어폰을"), so they are compared the same way.
    /// </summary>
    private static int SharedPairs(ReadOnlySpan<char> run, ReadOnlySpan<char> lede)
    {
        int shared = 0;
        for (int k = 0; k + 1 < run.Length; k++)
        {
            if (IsSyllabic(run[k]) && IsSyllabic(run[k + 1]) && lede.IndexOf(run.Slice(k, 2), StringComparison.Ordinal) >= 0)
            {
                shared++;
            }
        }

        return shared;
    }

    private static bool IsSyllabic(char c) => Text.CharClass.IsUnspacedScript(c) || c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// Inflected languages change a word's ending between headline and lede ("Госдуме" / "Госдуму", "рабочая неделя" /
    /// "рабочую неделю", "Kettles" / "kettle"): a word of at least six letters also matches a lede word that starts
    /// with all of it but its last two letters.
    /// </summary>
    private static bool SharesStem(ReadOnlySpan<char> word, ReadOnlySpan<char> lede) =>
        word.Length >= MinStemmedWordLength && ContainsWord(lede, word[..^StemmedEnding], wholeWord: false);

    private const int MinStemmedWordLength = 6;
    private const int StemmedEnding = 2;

    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word, bool wholeWord)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int found = text[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            int start = offset + found, end = start + word.Length;
            bool startsWord = start == 0 || !Languages.PhraseMatcher.IsWordChar(text[start - 1]);
            if (startsWord && (!wholeWord || end == text.Length || !Languages.PhraseMatcher.IsWordChar(text[end])))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }
}
