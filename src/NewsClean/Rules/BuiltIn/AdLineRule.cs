using System.Globalization;
using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes the packs' advertising markers and a shopping guide's buy buttons by their shape in any language: a price,
/// a short word and a shop's name, with or without a label before them ("$59.99 at Amazon", "Buy now: $24.99 at
/// Target", "€79 bei MediaMarkt"). A product's paragraph that names a price and a shop is a sentence, and stays.
/// </summary>
internal sealed class AdLineRule() : PhraseCategoryRule(
    "ads.line", "Removes advertising and promotion markers and shopping buttons.", PhraseCategory.Ad, "advertising or promotion line", maxWords: 40)
{
    private const string BuyButtonReason = "shopping button (a price at a shop)";

    // "Buy now: $24.99 (was $39.99) at Best Buy" is eight words; a sentence about prices is longer or ends in a stop.
    private const int MaxButtonWords = 8;
    private const int MaxLabelWords = 3;
    private const int MaxShopWords = 3;

    protected override string? Match(CleaningContext context, int line)
    {
        if (base.Match(context, line) is { } reason)
        {
            return reason;
        }

        var features = context.GetFeatures(line);
        return features.Words <= MaxButtonWords && !features.EndsSentence && features.Digits > 0 && HasCurrencySign(context.GetText(line))
            && IsBuyButton(context.GetText(line).ToString())
            ? BuyButtonReason
            : null;
    }

    // Most short lines with digits (dates, scores, list rows) hold no currency sign: a scan spares them the split.
    private static bool HasCurrencySign(ReadOnlySpan<char> text)
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

    /// <summary>
    /// An optional label of at most three words ending in ':', then a price (a currency sign and digits), then a
    /// lowercase word of at most four letters ("at", "bei", "chez", "su"), then one to three capitalised words.
    /// </summary>
    internal static bool IsBuyButton(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        int colon = Array.FindIndex(parts, static p => p.EndsWith(':'));
        if (colon >= 0)
        {
            if (colon >= MaxLabelWords)
            {
                return false;
            }

            i = colon + 1;
        }

        // The price, possibly followed by a bracketed old price: "$24.99 (was $39.99)".
        if (i >= parts.Length || !IsPrice(parts[i]))
        {
            return false;
        }

        i++;
        if (i < parts.Length && parts[i].StartsWith('('))
        {
            while (i < parts.Length && !parts[i].EndsWith(')'))
            {
                i++;
            }

            i++;
        }

        if (i >= parts.Length || !IsConnector(parts[i]))
        {
            return false;
        }

        int shopWords = parts.Length - i - 1;
        if (shopWords is < 1 or > MaxShopWords)
        {
            return false;
        }

        for (int w = i + 1; w < parts.Length; w++)
        {
            if (!char.IsUpper(parts[w][0]) && !char.IsDigit(parts[w][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A currency sign before or after digits: "$59.99", "£49", "79€", "€1,299".</summary>
    private static bool IsPrice(string word)
    {
        var span = word.AsSpan().TrimEnd(',');
        if (span.Length < 2)
        {
            return false;
        }

        bool signFirst = CharUnicodeInfo.GetUnicodeCategory(span[0]) == UnicodeCategory.CurrencySymbol;
        bool signLast = CharUnicodeInfo.GetUnicodeCategory(span[^1]) == UnicodeCategory.CurrencySymbol;
        if (signFirst == signLast)
        {
            return false;
        }

        var digits = signFirst ? span[1..] : span[..^1];
        if (digits.IsEmpty || !char.IsAsciiDigit(digits[0]))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c) && c is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConnector(string word) => word.Length <= 4 && word.All(char.IsLower);
}
