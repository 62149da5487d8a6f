"""Writes a CiCC consultation export of about BYTES bytes to stdout: each response carries, besides its answers,
a long "notes" column the instrument does not use, as survey tools add metadata, so that a large file stays a
manageable number of responses. Usage: python3 wide-export.py BYTES [NOTE_BYTES]"""
import sys

total = int(sys.argv[1])
note_bytes = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
out = sys.stdout.buffer
header = ("response_id,date_completed,age_band,status,heard_of_pledge,knows_social_worker,have_say,family_contact,"
          "safe_settled,education_help,feelings_help,hobbies,respect_privacy,ready_adult,how_hear,pledge_comments,"
          "notes\n").encode()
out.write(header)
written = len(header)
ages = ["11-15", "16-17", "18-25"]
scale = ["Agree", "Sort of", "Disagree", "Don't know"]
note = ("exported by the survey tool; device, browser and routing metadata " * (note_bytes // 64 + 1))[:note_bytes]
n = 0
block = []
while written < total:
    n += 1
    answers = ",".join(scale[(n * (q + 3)) % 4] for q in range(9))
    line = (f"BIG-{n},{1 + n % 28:02d}/{4 + n % 9:02d}/2025,{ages[n % 3]},{'In care' if n % 2 else 'Care leaver'},"
            f"{'Yes' if n % 4 else 'No'},{answers},text,\"Comment {n}, with a comma\",\"{note}\"\n").encode()
    block.append(line)
    written += len(line)
    if len(block) == 256:
        out.write(b"".join(block))
        block = []
out.write(b"".join(block))
