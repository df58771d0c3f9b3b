namespace NewsClean.Text;

/// <summary>
/// Facts about a line's characters that the feature scan notes on its way, so that language detection can skip
/// walks of its own over the line (<see cref="Languages.LanguageDetector"/>).
/// </summary>
[Flags]
internal enum LineTraits : byte
{
    None = 0,

    /// <summary>A character above U+007F: only such lines need the detector's per-character script count.</summary>
    NonAscii = 1,

    /// <summary>An '@' or ':': the line may hold an e-mail address or a URL with a scheme.</summary>
    AddressMark = 2,

    /// <summary>Two 'w's in a row, either case: the line may hold "www.".</summary>
    DoubleW = 4,
}
