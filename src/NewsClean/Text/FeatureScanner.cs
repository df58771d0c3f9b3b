namespace NewsClean.Text;

/// <summary>Computes <see cref="LineFeatures"/> for a normalised line in one pass.</summary>
internal static class FeatureScanner
{
    public static LineFeatures Scan(ReadOnlySpan<char> line)
    {
        int words = 0, letters = 0, upper = 0, digits = 0;
        bool inWord = false;
        bool? startsLower = null;
        foreach (char c in line)
        {
            if (CharClass.IsUnspacedScript(c))
            {
                words++;
                letters++;
                inWord = false;
                startsLower ??= false;
                continue;
            }

            bool isLetter = char.IsLetter(c);
            bool isDigit = char.IsDigit(c);
            if (isLetter)
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                startsLower ??= char.IsLower(c);
            }
            else if (isDigit)
            {
                digits++;
            }

            bool wordChar = isLetter || isDigit || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return new LineFeatures(
            words,
            letters,
            upper,
            digits,
            EndsSentence(line),
            startsLower ?? false,
            line.Length > 0 && CharClass.IsContinuation(line[0]));
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        // Closing quotes, and emoji or other symbols after the full stop ("… today! 🙂"), don't hide the sentence end.
        int i = line.Length - 1;
        while (i >= 0 && (CharClass.IsCloser(line[i]) || IsTrailingSymbol(line[i]) || line[i] == ' '))
        {
            i--;
        }

        return i >= 0 && CharClass.IsSentenceEnd(line[i]);
    }

    private static bool IsTrailingSymbol(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u200D' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;
}
