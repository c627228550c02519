using System.CommandLine;

namespace Assistant.Bot.Cli;

/// <summary>Options shared by several verbs.</summary>
public static class CommonOptions
{
    /// <summary><c>--corpus DIR</c>: the corpus folder; the repository's <c>corpus/</c> by default.</summary>
    public static Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "语料文件夹（默认：仓库的 corpus/）",
        Recursive = true,
    };

    /// <summary>Creates a <c>--format</c> option accepting text or json.</summary>
    public static Option<OutputFormat> Format(OutputFormat defaultFormat = OutputFormat.Text) => new("--format")
    {
        Description = "输出格式：text 或 json",
        HelpName = "text|json",
        DefaultValueFactory = _ => defaultFormat,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (Enum.TryParse<OutputFormat>(token, ignoreCase: true, out var format) && Enum.IsDefined(format) && !char.IsAsciiDigit(token.FirstOrDefault()))
            {
                return format;
            }

            result.AddError($"--format 只能是 text 或 json（收到「{token}」）");
            return defaultFormat;
        },
    };

    /// <summary>Refuses a value of <paramref name="option"/> below <paramref name="least"/>, naming the option.</summary>
    public static Option<T> AtLeast<T>(this Option<T> option, T least)
        where T : struct, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is var value && value.CompareTo(least) < 0)
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option.Name} 不能小于 {least}（收到 {value}）"));
            }
        });
        return option;
    }

    /// <summary>Refuses a value of <paramref name="option"/> that is not above zero, naming the option.</summary>
    public static Option<decimal> Positive(this Option<decimal> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<decimal>() is var value && value <= 0)
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option.Name} 必须大于 0（收到 {value}）"));
            }
        });
        return option;
    }

    /// <summary>Refuses an empty or blank value of <paramref name="option"/>, naming the option.</summary>
    public static Option<string> NotBlank(this Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} 不能为空");
            }
        });
        return option;
    }
}
