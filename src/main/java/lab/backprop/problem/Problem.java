package lab.backprop.problem;

import lab.backprop.engine.Network;
import lab.backprop.engine.Vec;

/** A validated /api/backprop request: the network at time t, one example (x, d) and the learning rate η. */
public record Problem(Network network, Vec input, Vec target, double learningRate) {
}
