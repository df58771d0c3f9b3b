using System.Buffers;
using System.Globalization;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Prices by their shape in any language: a currency sign before or after an amount ("$59.99", "79€", "129,99 €").
/// A shop's buy button names one; so do a shopping guide's product cards and a ticket or market price list, which are
/// the text's. Menus, tag clouds and headline lists hold none.
/// </summary>
internal static class Prices
{
    /// <summary>A currency sign before or after digits: "$59.99", "£49", "79€", "€1,299".</summary>
    public static bool IsPrice(ReadOnlySpan<char> word)
    {
        var span = word.TrimEnd(',');
        if (span.Length < 2)
        {
            return false;
        }

        bool signFirst = IsCurrencySign(span[0]);
        return signFirst != IsCurrencySign(span[^1]) && IsAmount(signFirst ? span[1..] : span[..^1]);
    }

    /// <summary>An amount and its currency sign as two words: "129,99 €".</summary>
    public static bool IsSpacedPrice(ReadOnlySpan<char> amount, ReadOnlySpan<char> sign) =>
        sign.Length == 1 && IsCurrencySign(sign[0]) && IsAmount(amount);

    /// <summary>A line that is a price and nothing else ("$139.00", "129,99 €"): a product card's, not a headline.</summary>
    public static bool IsPriceLine(ReadOnlySpan<char> text)
    {
        var line = text.Trim();
        int space = line.IndexOf(' ');
        return space < 0 ? IsPrice(line) : IsSpacedPrice(line[..space], line[(space + 1)..]);
    }

    /// <summary>A line that names a price anywhere ("VIP : 60,000₩", "Pack of 10 – €24").</summary>
    public static bool ContainsPrice(ReadOnlySpan<char> text)
    {
        if (!HasCurrencySign(text))
        {
            return false; // most lines: spares the split into words
        }

        ReadOnlySpan<char> previous = default;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (IsPrice(word) || (!previous.IsEmpty && IsSpacedPrice(previous, word)))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Whether any character is a currency sign; most short lines with digits (dates, scores) hold none.</summary>
    public static bool HasCurrencySign(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == '$' || (c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCurrencySign(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    private static bool IsAmount(ReadOnlySpan<char> digits) =>
        !digits.IsEmpty && char.IsAsciiDigit(digits[0]) && !digits.ContainsAnyExcept(AmountChars);

    private static readonly SearchValues<char> AmountChars = SearchValues.Create("0123456789.,");
}
