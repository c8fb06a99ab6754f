namespace Assessment.Engine.Regels;

/// <summary>A rule set that cannot be used as written: the message names the file, rule and problem.</summary>
public sealed class RegelsetFout(string bericht) : Exception(bericht);
