namespace Assessment.Functions.Hosting;

/// <summary>The settings of the HTTP edge (section <c>Afwegingskader</c>; app setting <c>Afwegingskader__Naam</c>).</summary>
public sealed class HttpOpties
{
    /// <summary>How long a request may take before it is answered with 504.</summary>
    public int TimeoutSeconden { get; set; } = 30;

    /// <summary>Origins (scheme, host, port) whose pages may call the API from a browser; none by default.</summary>
    public List<string> CorsOorsprongen { get; set; } = [];
}
