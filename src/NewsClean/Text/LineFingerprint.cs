namespace NewsClean.Text;

/// <summary>What two copies of a line share: its letters and digits, whatever their case, spacing and punctuation.</summary>
internal static class LineFingerprint
{
    /// <summary>64-bit FNV-1a over the lowercased letters and digits, so "Text." and "text" collide and nothing else realistically does.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            // ASCII inline (most text): letters lower-case by setting bit 5, digits stay; the same as the general path.
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetter(c))
                {
                    hash = (hash ^ (uint)(c | 0x20)) * 1099511628211UL;
                }
                else if (char.IsAsciiDigit(c))
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
        }

        return hash;
    }
}
