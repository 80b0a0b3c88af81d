namespace NewsReader.Web.Security;

/// <summary>
/// <c>set-password</c>, <c>create-token</c> and <c>revoke-token</c>. The password is read from standard input (typed at a
/// prompt without echo, or piped), never from the command line, where it would land in shell history and process lists.
/// </summary>
public static class AccessCommands
{
    public static async Task<int> SetPasswordAsync(IServiceProvider services, string[] args, TextReader input, bool interactive, TextWriter output, TextWriter error)
    {
        if (args.Length > 0)
        {
            await error.WriteLineAsync("set-password: the password is read from standard input, not the command line; run set-password alone and type it, or pipe it in.");
            return 2;
        }
        string? password;
        if (interactive)
        {
            password = Prompt("New admin password: ", output);
            var again = Prompt("Once more: ", output);
            if (password != again)
            {
                await error.WriteLineAsync("set-password: the two passwords differ; nothing was changed.");
                return 1;
            }
        }
        else
        {
            password = (await input.ReadLineAsync())?.TrimEnd('\r');
        }
        if (string.IsNullOrEmpty(password) || password.Length < AccessStore.MinimumPasswordLength)
        {
            await error.WriteLineAsync($"set-password: the password must have at least {AccessStore.MinimumPasswordLength} characters; nothing was changed.");
            return 1;
        }
        var store = services.GetRequiredService<AccessStore>();
        store.SetPassword(password);
        await output.WriteLineAsync($"admin password set (its hash is in {store.Location}); earlier sign-ins have ended. Changing the library now needs a sign-in.");
        return 0;
    }

    public static async Task<int> CreateTokenAsync(IServiceProvider services, TextWriter output)
    {
        var store = services.GetRequiredService<AccessStore>();
        var token = store.CreateToken();
        await output.WriteLineAsync(token);
        await output.WriteLineAsync("""
            That is the API token; it is shown only this once (only its hash is stored) and replaces any earlier token.
            Send it with POST /api/import as the header: Authorization: Bearer TOKEN
            """);
        return 0;
    }

    public static async Task<int> RevokeTokenAsync(IServiceProvider services, TextWriter output)
    {
        services.GetRequiredService<AccessStore>().RevokeToken();
        await output.WriteLineAsync("API token revoked: POST /api/import now needs a new one (create-token) whenever sign-in is required.");
        return 0;
    }

    /// <summary>Reads a line from the console without echoing it.</summary>
    private static string Prompt(string prompt, TextWriter output)
    {
        output.Write(prompt);
        output.Flush();
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0) text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        output.WriteLine();
        return text.ToString();
    }
}
