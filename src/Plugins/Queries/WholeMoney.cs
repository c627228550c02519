namespace Assistant.Plugins.Queries;

/// <summary>
/// A money column as whole 1/10000 万元 with each amount's decimal scale, so a sum of 10^5 amounts is a loop of long
/// additions (a decimal addition is several times slower) and still gives the decimal adding them one by one gives:
/// the same value, and the scale of the most precise amount added.
/// </summary>
internal sealed class WholeMoney
{
    private const int Scale = 4;
    private static readonly decimal Unit = 10000m;
    private readonly long[] _whole;
    private readonly byte[] _scale;
    private readonly bool _exact;

    /// <summary>The column of <paramref name="amounts"/> by ordinal.</summary>
    public WholeMoney(decimal[] amounts)
    {
        (_whole, _scale, _exact) = (new long[amounts.Length], new byte[amounts.Length], true);
        for (var o = 0; o < amounts.Length; o++)
        {
            var scaled = amounts[o] * Unit;
            // An amount with more than four decimals, or beyond a long's reach over 10^6 tables, is added as a decimal.
            _exact &= amounts[o].Scale <= Scale && decimal.Truncate(scaled) == scaled && Math.Abs(scaled) < long.MaxValue / 1_000_000;
            (_whole[o], _scale[o]) = _exact ? ((long)scaled, amounts[o].Scale) : (0, 0);
        }
    }

    /// <summary>The amounts as whole 1/10000 万元 by ordinal, or null when not every amount is whole at that scale.</summary>
    public long[]? Whole => _exact ? _whole : null;

    /// <summary>The sum over <paramref name="ordinals"/> of the amounts (<paramref name="amounts"/> when not every one is whole).</summary>
    public decimal Sum(IReadOnlyList<int> ordinals, decimal[] amounts)
    {
        if (!_exact)
        {
            var total = 0m;
            foreach (var o in ordinals)
            {
                total += amounts[o];
            }

            return total;
        }

        long sum = 0;
        byte scale = 0;
        ReadOnlySpan<int> span = ordinals as int[] ?? [.. ordinals]; // a selection's ordinals are an array: no interface call per table
        foreach (var o in span)
        {
            sum += _whole[o];
            scale = Math.Max(scale, _scale[o]);
        }

        // The sum at four decimals, then at the scale of its most precise amount: exact, as no amount had more.
        var magnitude = (ulong)Math.Abs(sum);
        var value = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, sum < 0, Scale);
        return decimal.Round(value, scale);
    }
}
