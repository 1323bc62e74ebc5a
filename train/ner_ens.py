"""Write trained_on.ens.json, the manifest of the NER ensemble `ner.ens.v1` (it has no training of its own).

`ner.ens.v1` (marsad/models/ner/ensemble.py) averages the tag marginals of three models, each built on all
of ANERcorp train by its own command (MODEL.md):
- the CRF `ner.crf.v1` (`python -m train.ner`: crf.bin, trained_on.json);
- the BiLSTM-CRF of MODEL.md row 17 (`python -m train.ner_lstm`: lstm.npz, trained_on.lstm.json);
- the BiLSTM-CRF of row 18 (`python -m train.ner_lstm --word-drop 0.4 --epochs 11 --name lstm2`:
  lstm2.npz, trained_on.lstm2.json).
The weights and members were chosen on the dev split (row 22); `python -m train.ner_ens` gathers the
members' manifests with them into one file.
"""

from __future__ import annotations

import json
from typing import Any

from marsad.models.ner import MODEL_DIR
from marsad.models.ner.ensemble import ENS_CRF_WEIGHT, ENS_MEMBERS, EnsembleNer

MANIFESTS = {
    "crf.bin": "trained_on.json",
    "lstm.npz": "trained_on.lstm.json",
    "lstm2.npz": "trained_on.lstm2.json",
}
# The dev choice (MODEL.md row 22): dev models trained without ANERcorp train's last 600 sentences.
DEV = {
    "split": "ANERcorp train's last 600 sentences, 15-sentence pieces, models trained on the rest",
    "f1": 72.8,
    "f1_without_document_pass": 71.2,
    "bar": "CRF 71.4 + 1.0 = 72.4 (set before the runs)",
    "crf_weights_tried": {"0.34": 72.8, "0.4": 72.8, "0.5": 72.0},
}


def main() -> None:
    """Write trained_on.ens.json beside the members."""
    members: list[dict[str, Any]] = []
    for name in ("crf.bin", *ENS_MEMBERS):
        manifest = json.loads((MODEL_DIR / MANIFESTS[name]).read_text(encoding="utf-8"))
        share = ENS_CRF_WEIGHT if name == "crf.bin" else (1 - ENS_CRF_WEIGHT) / len(ENS_MEMBERS)
        members.append(
            {
                "file": name,
                "manifest": MANIFESTS[name],
                "weight": round(share, 4),
                "seed": manifest.get("seed"),
                "params": manifest.get("params"),
                "sentences": manifest.get("sentences"),
                "training_seconds": manifest.get("training_seconds"),
                "training_cpu_seconds": manifest.get("training_cpu_seconds"),
            }
        )
    out = {
        "model": EnsembleNer.source,
        "members": members,
        "decoding": "weighted mean of per-token tag marginals, Viterbi over their logs with BIO rules, "
        "then the document pass (propagate)",
        "chosen_on_dev": DEV,
    }
    path = MODEL_DIR / "trained_on.ens.json"
    path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
