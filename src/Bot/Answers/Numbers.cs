using System.Globalization;

namespace Assistant.Bot.Answers;

/// <summary>How answers write numbers: no trailing zeros, invariant digits.</summary>
public static class Numbers
{
    /// <summary>E.g. 43913.51, 278, 0.5.</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
