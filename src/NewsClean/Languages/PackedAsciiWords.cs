using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsClean.Languages;

/// <summary>
/// A case-insensitive map from short ASCII words to a value, looked up by a number instead of a string: each letter
/// is its low five bits (1 to 26 whatever its case), so a word of up to <see cref="MaxLength"/> letters packs into a
/// <see cref="ulong"/> while it is being scanned, and a lookup is one multiply and a probe or two.
/// </summary>
internal sealed class PackedAsciiWords
{
    /// <summary>The longest word that packs: twelve letters of five bits.</summary>
    public const int MaxLength = 12;

    private readonly ulong[] keys;
    private readonly ulong[] values;
    private readonly int shift;

    /// <summary>Builds the map; every key must consist of 1 to <see cref="MaxLength"/> ASCII letters.</summary>
    public PackedAsciiWords(IReadOnlyDictionary<string, ulong> words)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, words.Count * 2));
        keys = new ulong[size];
        values = new ulong[size];
        shift = 64 - BitOperations.Log2((uint)size);
        foreach (var (word, value) in words)
        {
            ulong key = 0;
            foreach (char c in word)
            {
                key = Append(key, c);
            }

            int slot = Slot(key);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & (size - 1);
            }

            keys[slot] = key;
            values[slot] |= value;
        }
    }

    /// <summary>Appends an ASCII letter to a packed word.</summary>
    public static ulong Append(ulong packed, char letter) => (packed << 5) | (uint)(letter & 0x1F);

    /// <summary>Whether <paramref name="packed"/> is a listed word, and its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once per word in the detector's hot loop
    public bool TryGetValue(ulong packed, out ulong value)
    {
        int slot = Slot(packed);
        while (true)
        {
            ulong key = keys[slot];
            if (key == packed)
            {
                value = values[slot];
                return true;
            }

            if (key == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & (keys.Length - 1);
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
