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
            if (char.IsAscii(c))
            {
                // Most text is ASCII: its letters and digits are the only word characters, so skip the Unicode tables.
                bool asciiWordChar = true;
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                    bool isUpper = c <= 'Z';
                    if (isUpper)
                    {
                        upper++;
                    }

                    startsLower ??= !isUpper;
                }
                else if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else
                {
                    asciiWordChar = false;
                }

                if (asciiWordChar && !inWord)
                {
                    words++;
                }

                inWord = asciiWordChar;
                continue;
            }

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
        int i = line.Length - 1;
        while (i >= 0 && CharClass.IsCloser(line[i]))
        {
            i--;
        }

        return i >= 0 && CharClass.IsSentenceEnd(line[i]);
    }
}
