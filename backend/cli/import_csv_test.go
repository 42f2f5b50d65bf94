package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestImportCSVAsBefore: `tandem import FILE.csv` reads the file as it
// imports it (service.ImportCSVFile), and says what it always said: the
// same line for a good file, the same error for a bad one, as the same
// file read whole (named .txt, told CSV by its content).
func TestImportCSVAsBefore(t *testing.T) {
	good, err := os.ReadFile("../formats/testdata/csv/growth.csv")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"good":                 string(good),
		"a bad row":            "id,lane,durationDays\na,x,1\nb,,1\n",
		"a cycle":              "id,lane,durationDays,dependsOn\na,x,1,b\nb,x,1,a\n",
		"past 9999":            "id,lane,durationDays,start\na,x,36600,9950-01-01\n",
		"Latin-1":              "id,lane,durationDays\na,caf\xe9,1\n",
		"a lag past the limit": "id,lane,durationDays,dependsOn\na,x,1\nb,x,1,a:FS+36601\n",
	}
	ids := regexp.MustCompile(`id [0-9a-f]{16}`)
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var got [2]string
			for i, ext := range []string{".csv", ".txt"} {
				path := filepath.Join(dir, "plan"+ext)
				if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
				code, out, errs := run("--data", filepath.Join(dir, "store"+ext), "import", path)
				got[i] = strings.ReplaceAll(ids.ReplaceAllString(out+errs, "id X"), path, "PATH")
				if (code == 0) != (name == "good") {
					t.Fatalf("%s: exit %d: %s%s", ext, code, out, errs)
				}
			}
			if got[0] != got[1] {
				t.Fatalf("streamed: %q\nwhole:    %q", got[0], got[1])
			}
		})
	}
}
