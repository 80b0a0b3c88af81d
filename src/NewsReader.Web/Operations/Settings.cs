using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;
using NewsReader.Web.Security;

namespace NewsReader.Web.Operations;

/// <summary>
/// Start-up validation: every settings class is bound and validated before anything else runs, and a bad setting
/// stops the app (or command) with one line that names it, such as
/// <c>NewsReader cannot start: Reader:PageSize = 1 is not valid: The field PageSize must be between 5 and 500.</c>
/// </summary>
public static partial class Settings
{
    /// <summary>Writes one line per bad setting to <paramref name="error"/> and returns false when there is one.</summary>
    public static bool SettingsAreValid(this WebApplication app, TextWriter error) => Validate(app.Services, app.Configuration) is var problems && Report(problems, error);

    public static IReadOnlyList<string> Validate(IServiceProvider services, IConfiguration configuration)
    {
        var problems = new List<string>();
        Check<ReaderOptions>(ReaderOptions.Section);
        Check<AccessOptions>(AccessOptions.Section);
        Check<LimitOptions>(LimitOptions.Section);
        Check<LogOptions>(LogOptions.Section);
        Check<ProxyOptions>(ProxyOptions.Section);
        Check<Fetching.FetchOptions>(Fetching.FetchOptions.Section);
        try
        {
            _ = DatabaseLocation.ProviderFrom(configuration);
        }
        catch (FormatException exception)
        {
            problems.Add($"{DatabaseLocation.ProviderSetting} = {Shown(configuration[DatabaseLocation.ProviderSetting])} is not valid: {exception.Message}");
            return problems;
        }
        try
        {
            _ = services.GetRequiredService<DatabaseLocation>();
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"ConnectionStrings:{Database.ConnectionName} is not valid: {FirstLine(exception.Message)}");
        }
        return problems;

        void Check<T>(string section) where T : class
        {
            try
            {
                _ = services.GetRequiredService<IOptions<T>>().Value;
            }
            catch (OptionsValidationException exception)
            {
                foreach (var failure in exception.Failures)
                {
                    var match = DataAnnotationFailure().Match(failure);
                    if (match.Success)
                    {
                        var key = $"{section}:{match.Groups["member"].Value}";
                        problems.Add($"{key} = {Shown(configuration[key])} is not valid: {match.Groups["error"].Value}");
                    }
                    else
                    {
                        problems.Add($"{section}: {failure}");
                    }
                }
            }
            catch (InvalidOperationException exception)
            {
                // Binding: "Failed to convert configuration value 'abc' at 'Reader:PageSize' to type 'System.Int32'."
                problems.Add(FirstLine(exception.Message));
            }
        }
    }

    private static string Shown(string? value) => value is null ? "(not set)" : $"'{(value.Length > 60 ? value[..60] + "…" : value)}'";

    private static bool Report(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var problem in problems) error.WriteLine("NewsReader cannot start: " + problem);
        return problems.Count == 0;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
