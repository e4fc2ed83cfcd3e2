//! Writes the illustrative dataset.
//!
//! ```text
//! cargo run --no-default-features --bin generate -- [--scale N] [--seed S] [--out FILE] [--check]
//! ```
//! Without `--out`, ×1 goes to `public/data/atlas.json` and ×N to
//! `public/data/atlas.xN.scaled.json` (gitignored). `--check` writes nothing and exits 1
//! when the file differs from what would be written, so CI catches hand edits.

use std::process::ExitCode;

use skills_atlas::core::data::generate::{generate_json, DEFAULT_SEED};

/// Parsed command line.
struct Args {
    scale: u32,
    seed: u64,
    out: Option<String>,
    check: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        scale: 1,
        seed: DEFAULT_SEED,
        out: None,
        check: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--scale" => {
                let v = value("--scale")?;
                args.scale = v
                    .parse()
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or(format!("bad --scale {v:?}"))?;
            }
            "--seed" => {
                let v = value("--seed")?;
                args.seed = v.parse().map_err(|_| format!("bad --seed {v:?}"))?;
            }
            "--out" => args.out = Some(value("--out")?),
            "--check" => args.check = true,
            "-h" | "--help" => {
                return Err("usage: generate [--scale N] [--seed S] [--out FILE] [--check]".into())
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let out = args.out.unwrap_or_else(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data");
        match args.scale {
            1 => format!("{dir}/atlas.json"),
            n => format!("{dir}/atlas.x{n}.scaled.json"),
        }
    });
    let text = generate_json(args.seed, args.scale);
    if args.check {
        return match std::fs::read_to_string(&out) {
            Ok(existing) if existing == text => {
                println!("{out} is up to date");
                ExitCode::SUCCESS
            }
            Ok(_) => {
                eprintln!("{out} differs from the generator's output; run the generator and commit the result");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("cannot read {out}: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {out} ({} bytes, scale {}, seed {})",
        text.len(),
        args.scale,
        args.seed
    );
    ExitCode::SUCCESS
}
