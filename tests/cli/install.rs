//! The README's Install section agrees with the release: every address in
//! it is the `repository` of Cargo.toml (the one place it is written), each
//! file it downloads is one the release workflow builds for the installers
//! that dist-workspace.toml names, the Homebrew tap is the one dist pushes
//! to, and `cargo binstall` finds the archives where dist puts them.
//! `scripts/release-check` checks the same names against `dist plan`.

const README: &str = include_str!("../../README.md");
const CARGO_TOML: &str = include_str!("../../Cargo.toml");
const DIST: &str = include_str!("../../dist-workspace.toml");

/// The value of `key = "…"` on a line of its own in `toml`.
fn value<'a>(toml: &'a str, key: &str) -> &'a str {
    toml.lines()
        .find_map(|line| {
            let (k, v) = line.split_once(" = ")?;
            (k.trim() == key).then(|| v.trim().trim_matches('"'))
        })
        .unwrap_or_else(|| panic!("no `{key} = ` line"))
}

/// The README's Install section.
fn install_section() -> &'static str {
    let start = README.find("\n## Install\n").expect("an Install section");
    let rest = &README[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |at| at + 3);
    &rest[..end]
}

/// Every `https://github.com/…` address in `text`.
fn github_urls(text: &str) -> Vec<&str> {
    text.match_indices("https://github.com/")
        .map(|(at, _)| {
            let rest = &text[at..];
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '`'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn the_install_section_comes_first_and_names_every_way_in() {
    let first = README.find("\n## ").expect("a section");
    assert!(
        README[first..].starts_with("\n## Install\n"),
        "Install is not first"
    );
    let install = install_section();
    for way in [
        "brew install ",
        "escalate-installer.ps1 | iex",
        "escalate-installer.sh | sh",
        "cargo binstall escalate",
        "cargo install escalate --locked",
    ] {
        assert!(install.contains(way), "the Install section lacks `{way}`");
    }
}

#[test]
fn every_address_in_the_install_section_is_the_repositorys() {
    let repository = value(CARGO_TOML, "repository");
    let urls = github_urls(install_section());
    assert!(urls.len() >= 3, "{urls:?}");
    let installers = value(DIST, "installers");
    for url in urls {
        let Some(path) = url.strip_prefix(repository) else {
            panic!("{url} is not under {repository}");
        };
        match path.strip_prefix("/releases/latest/download/") {
            Some("escalate-installer.sh") => assert!(installers.contains("\"shell\"")),
            Some("escalate-installer.ps1") => assert!(installers.contains("\"powershell\"")),
            Some(other) => panic!("the release has no file {other}"),
            None => assert_eq!(path, "/releases/latest", "{url}"),
        }
    }
}

#[test]
fn the_homebrew_tap_belongs_to_the_repositorys_owner() {
    let repository = value(CARGO_TOML, "repository");
    let owner = repository
        .strip_prefix("https://github.com/")
        .and_then(|path| path.split('/').next())
        .expect("a GitHub repository");
    assert_eq!(value(DIST, "tap"), format!("{owner}/homebrew-tap"));
    assert!(value(DIST, "installers").contains("\"homebrew\""));
    let command = format!("brew install {owner}/tap/escalate\n");
    assert!(install_section().contains(&command), "no `{command}`");
}

#[test]
fn binstall_looks_where_dist_puts_the_archives() {
    // dist names an archive `NAME-TARGET.tar.xz` (`.zip` on Windows), with
    // the binary under `NAME-TARGET/` in a tarball and at the top of a zip,
    // and tags a release `vVERSION`.
    let binstall = &CARGO_TOML[CARGO_TOML
        .find("[package.metadata.binstall]")
        .expect("binstall metadata")..];
    assert_eq!(
        value(binstall, "pkg-url"),
        "{ repo }/releases/download/v{ version }/{ name }-{ target }{ archive-suffix }"
    );
    assert_eq!(value(binstall, "pkg-fmt"), "txz");
    assert_eq!(
        value(binstall, "bin-dir"),
        "{ name }-{ target }/{ bin }{ binary-ext }"
    );
    let windows = &binstall[binstall
        .find("[package.metadata.binstall.overrides.x86_64-pc-windows-msvc]")
        .expect("the Windows override")..];
    assert_eq!(value(windows, "pkg-fmt"), "zip");
    assert_eq!(value(windows, "bin-dir"), "{ bin }{ binary-ext }");
    assert!(DIST.contains("\"x86_64-pc-windows-msvc\""));
}

#[test]
fn the_rust_version_the_readme_asks_for_is_cargo_tomls() {
    let version = value(CARGO_TOML, "rust-version");
    let asked = format!("with a Rust toolchain ({version} or newer)");
    assert!(README.contains(&asked), "README does not say `{asked}`");
}
