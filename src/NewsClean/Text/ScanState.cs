using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Text;

/// <summary>
/// The running counts of a feature scan (<see cref="FeatureScanner"/>, <see cref="VerbatimLine"/>) and whether it is
/// inside a word, fed a character at a time or eight ASCII characters at a time.
/// </summary>
internal struct ScanState
{
    public int Words;
    public int Letters;
    public int Upper;
    public int Digits;

    // Not Letters + Digits: an unspaced-script character counts as a letter even when it is a mark.
    public int LettersAndDigits;
    public bool InWord;
    public bool? StartsLower;
    public LineTraits Traits;

    // The last character was 'w' or 'W', for LineTraits.DoubleW across the edge of a block.
    private bool afterW;

    public void Add(char c)
    {
        NoteTraits(c);
        if (CharClass.IsUnspacedScript(c))
        {
            Words++;
            Letters++;
            LettersAndDigits += char.IsLetterOrDigit(c) ? 1 : 0;
            InWord = false;
            StartsLower ??= false;
            return;
        }

        // One category lookup answers what char.IsLetter, IsDigit, IsUpper and IsLower would each look up again.
        var category = char.GetUnicodeCategory(c);
        bool isLetter = category <= UnicodeCategory.OtherLetter;
        bool isDigit = category == UnicodeCategory.DecimalDigitNumber;
        if (isLetter)
        {
            Letters++;
            if (category == UnicodeCategory.UppercaseLetter)
            {
                Upper++;
            }

            StartsLower ??= category == UnicodeCategory.LowercaseLetter;
        }
        else if (isDigit)
        {
            Digits++;
        }

        LettersAndDigits += isLetter || isDigit ? 1 : 0;

        // Marks belong to the word they follow (no ASCII character is one).
        bool wordChar = isLetter || isDigit || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        if (wordChar && !InWord)
        {
            Words++;
        }

        InWord = wordChar;
    }

    /// <summary>Adds eight ASCII characters: ASCII letters and digits are the only word characters among them.</summary>
    public void AddAscii(Vector128<ushort> chars)
    {
        uint upperBits = InRange(chars, 'A', 'Z');
        uint lowerBits = InRange(chars, 'a', 'z');
        AddBlock(upperBits, lowerBits, upperBits | lowerBits, InRange(chars, '0', '9'), 0, chars);
    }

    /// <summary>
    /// Adds eight characters of which some are above U+007F, as <see cref="Add"/> would one by one, looking up only
    /// those: in Latin-script text they are mostly curly quotes and dashes among ASCII letters. Returns false, having
    /// added nothing, when one belongs to an unspaced script (each of whose characters is a word of its own).
    /// </summary>
    /// <param name="chars">The eight characters.</param>
    /// <param name="block">The same characters as a span.</param>
    public bool TryAddMixed(Vector128<ushort> chars, ReadOnlySpan<char> block)
    {
        uint upperBits = InRange(chars, 'A', 'Z');
        uint lowerBits = InRange(chars, 'a', 'z');
        uint letterBits = upperBits | lowerBits;
        uint digitBits = InRange(chars, '0', '9');
        uint markBits = 0;
        for (uint other = Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits(); other != 0; other &= other - 1)
        {
            int k = BitOperations.TrailingZeroCount(other);
            char c = block[k];
            if (CharClass.IsUnspacedScript(c))
            {
                return false;
            }

            uint bit = 1u << k;
            var category = char.GetUnicodeCategory(c);
            if (category <= UnicodeCategory.OtherLetter)
            {
                letterBits |= bit;
                upperBits |= category == UnicodeCategory.UppercaseLetter ? bit : 0;
                lowerBits |= category == UnicodeCategory.LowercaseLetter ? bit : 0;
            }
            else if (category == UnicodeCategory.DecimalDigitNumber)
            {
                digitBits |= bit;
            }
            else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                markBits |= bit;
            }
        }

        Traits |= LineTraits.NonAscii;
        AddBlock(upperBits, lowerBits, letterBits, digitBits, markBits, chars);
        return true;
    }

    /// <summary>
    /// Adds eight characters given as one bit per character (the first lowest) for each class: upper- and lower-case
    /// letters, all letters, decimal digits and the marks that belong to a word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddBlock(uint upperBits, uint lowerBits, uint letterBits, uint digitBits, uint markBits, Vector128<ushort> chars)
    {
        uint lettersAndDigits = letterBits | digitBits;
        uint wordBits = lettersAndDigits | markBits;

        // A word starts where a word character follows a non-word one (or the previous block's non-word end).
        uint previousBits = (wordBits << 1) | (InWord ? 1u : 0u);
        Words += BitOperations.PopCount(wordBits & ~previousBits);
        InWord = (wordBits & (1u << (Vector128<ushort>.Count - 1))) != 0;
        Upper += BitOperations.PopCount(upperBits);
        Letters += BitOperations.PopCount(letterBits);
        Digits += BitOperations.PopCount(digitBits);
        LettersAndDigits += BitOperations.PopCount(lettersAndDigits);
        if (StartsLower is null && letterBits != 0)
        {
            StartsLower = ((lowerBits >> BitOperations.TrailingZeroCount(letterBits)) & 1) != 0;
        }

        if ((Equal(chars, '@') | Equal(chars, ':')) != 0)
        {
            Traits |= LineTraits.AddressMark;
        }

        // Setting bit 5 lower-cases ASCII letters (and no character above U+007F becomes 'w').
        uint wBits = Equal(chars | Vector128.Create((ushort)0x20), 'w');
        if ((wBits & ((wBits << 1) | (afterW ? 1u : 0u))) != 0)
        {
            Traits |= LineTraits.DoubleW;
        }

        afterW = (wBits & (1u << (Vector128<ushort>.Count - 1))) != 0;
    }

    /// <summary>The line's features, from the counts once every character of <paramref name="line"/> is added.</summary>
    public readonly LineFeatures Finish(ReadOnlySpan<char> line, out int lettersAndDigits, out LineTraits traits)
    {
        lettersAndDigits = LettersAndDigits;
        traits = Traits;
        return new LineFeatures(
            Words,
            Letters,
            Upper,
            Digits,
            FeatureScanner.EndsSentence(line),
            StartsLower ?? false,
            line.Length > 0 && CharClass.IsContinuation(line[0]));
    }

    private void NoteTraits(char c)
    {
        if (c > '\u007F')
        {
            Traits |= LineTraits.NonAscii;
        }
        else if (c is '@' or ':')
        {
            Traits |= LineTraits.AddressMark;
        }

        // Only 'w' and 'W' have 'w' as their lower case in OrdinalIgnoreCase, which the detector's "www." test uses.
        bool w = c is 'w' or 'W';
        if (w && afterW)
        {
            Traits |= LineTraits.DoubleW;
        }

        afterW = w;
    }

    /// <summary>One bit per character: set when it lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    private static uint InRange(Vector128<ushort> chars, char low, char high) =>
        Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)low), Vector128.Create((ushort)(high - low))).ExtractMostSignificantBits();

    /// <summary>One bit per character: set when it is <paramref name="value"/>.</summary>
    private static uint Equal(Vector128<ushort> chars, char value) =>
        Vector128.Equals(chars, Vector128.Create((ushort)value)).ExtractMostSignificantBits();
}
