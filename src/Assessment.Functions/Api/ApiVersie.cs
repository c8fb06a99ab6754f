namespace Assessment.Functions.Api;

/// <summary>The version of the API contract, sent as the <c>API-Version</c> header on every response (NLGov API Design Rules).</summary>
public static class ApiVersie
{
    /// <summary>The full version of the API contract.</summary>
    public const string Versie = "1.2.0";
}
