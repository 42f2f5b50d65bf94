package service

import (
	"runtime"
	"time"

	"tandem/backend/model"
)

// spareUpTo is the most efforts a roadmap has for the service to keep a
// spare clone of it and collect garbage after each call (prepareSpare):
// twice the roadmap's memory and a collection per edit, for an edit that
// no longer waits for its clone (6 ms at 20,000 efforts) nor runs beside a
// collection. Past it a collection takes long enough to still be running
// when the next edit comes.
const spareUpTo = 50_000

// spareDelay is how long the background work after a call waits before it
// starts: the window draws the call's reply meanwhile, and on two cores a
// clone and a collection beside it slow that drawing. An edit that comes
// sooner starts it at once (takeSpare).
var spareDelay = 60 * time.Millisecond

// prepareSpare starts cloning o's roadmap in the background, after
// spareDelay, then collecting garbage, unless a spare is already under way
// or the roadmap has more than spareUpTo efforts. The roadmap of an entry
// never changes, so the clone reads it while other calls do.
func (o *opened) prepareSpare() {
	if o.spare != nil || len(o.r.Efforts) > spareUpTo {
		return
	}
	spare, hurry := make(chan *model.Roadmap, 1), make(chan struct{})
	r := o.r
	go func() {
		wait := time.NewTimer(spareDelay)
		defer wait.Stop()
		select {
		case <-wait.C:
		case <-hurry: // an edit waits for it: no collection beside that edit
			spare <- r.Clone()
			return
		}
		spare <- r.Clone()
		// Collect now, between calls, what the call before left (the
		// state before an edit, its analysis and working memory): the
		// next edit then starts with a heap that has room for what it
		// allocates, and no collection runs during it (one that does
		// slows it 2-4 times on two cores).
		runtime.GC()
	}()
	o.spare, o.hurry = spare, hurry
}

// takeSpare returns a Clone of o's roadmap for an edit to change: the
// spare made in the background (waiting for it if it is not done yet,
// which is still sooner than starting a clone now), or a new one. A spare
// is taken once: an edit that is refused leaves it changed.
func (o *opened) takeSpare() *model.Roadmap {
	if o.spare == nil {
		return o.r.Clone()
	}
	close(o.hurry)
	r := <-o.spare
	o.spare, o.hurry = nil, nil
	return r
}
