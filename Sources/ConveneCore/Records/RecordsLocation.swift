/// Where records live: `--records DIR`, else `$CONVENE_HOME`, else `${XDG_DATA_HOME:-$HOME/.local/share}/convene`.
public enum RecordsLocation {
    /// The folder for the given flag and environment, or nil when neither says where home is.
    public static func resolve(flag: String?, environment: [String: String]) -> String? {
        if let flag, !flag.isEmpty { return flag }
        if let home = environment["CONVENE_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/convene" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/convene" }
        return nil
    }
}
